import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Skeleton } from 'antd';
import type { Schemas } from '../../api/client';
import { registryQueries } from '../../api/queries';
import { KIND_OF_SUBJECT_TYPE } from '../../app/search';
import { vi } from '../../i18n/vi';
import { entityName } from '../registry-fields';

/** The holder of a licence by its name, linked to its registry page (the licence carries only the holder's id). */
export function LicenceHolderLink({ holderType, holderId }: { holderType: Schemas['LicenceHolderType']; holderId: string }) {
  const kind = KIND_OF_SUBJECT_TYPE[holderType];
  const holder = useQuery({ ...registryQueries.one(kind, holderId), staleTime: 60_000 });
  if (holder.isPending) return <Skeleton.Input active size="small" />;
  const name = holder.data ? entityName(holder.data) : '';
  return (
    <Link to="/registry/$kind/$id" params={{ kind, id: holderId }}>
      {name || vi.registry.kinds[kind]}
    </Link>
  );
}
