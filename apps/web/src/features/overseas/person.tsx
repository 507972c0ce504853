// Placeholders until the overseas feature lands: the person page and the work list import these.
/** Button + modal: register this person's interest in working abroad (starts a placement). */
export function StartPlacementButton(_props: { personId: string }) {
  return null;
}
/** The person's overseas placements with their stage. */
export function PersonPlacements(_props: { personId: string }) {
  return null;
}
/** Work-list card: overseas cases stuck in one stage for 60 days or more. */
export function StuckOverseasCard() {
  return null;
}
