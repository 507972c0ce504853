// Placeholder until the vacancies feature lands: the person page imports this.
/** Open vacancies ranked for one job seeker, with reasons and a "Giới thiệu / Refer" action. */
export function PersonMatches(_props: { personId: string }) {
  return null;
}
