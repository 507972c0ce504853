import { Link } from 'react-router';
import { useAuth } from '../core/auth';
import { usePersonNames } from '../core/people';

/** A person's name as text (its request batched with the rest of the render); a short id while loading. */
export function PersonName({ id }: { id: string | null | undefined }) {
  const { nameOf } = usePersonNames([id]);
  return <>{id ? nameOf(id) : '—'}</>;
}

/** A person's name linking to their case (`/job-seekers/:id`). */
export function PersonLink({ id }: { id: string }) {
  const { can } = useAuth();
  return can('job-seekers:read') ? (
    <Link to={`/job-seekers/${id}`}>
      <PersonName id={id} />
    </Link>
  ) : (
    <PersonName id={id} />
  );
}
