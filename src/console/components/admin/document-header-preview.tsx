import { todayInVietnam } from '../../format/format';
import { vi } from '../../i18n/vi';

const upper = (s: string | undefined): string => (s ?? '').toLocaleUpperCase('vi-VN');

/** How the head of a document will look with these names (NĐ 30/2020 Phụ lục I: issuing body left, national motto right). */
export function DocumentHeaderPreview(props: { parentBody?: string; name?: string; placeName?: string }) {
  const t = vi.admin.department;
  const [y, m, d] = todayInVietnam().split('-');
  return (
    <div className="doc-preview" aria-label={t.preview} style={{ fontFamily: "'Times New Roman', 'DejaVu Serif', serif", fontSize: 13, background: '#fff', padding: '16px 8px' }}>
      <div style={{ display: 'flex', gap: 16 }}>
        <div style={{ flex: '1 1 42%', textAlign: 'center' }}>
          <div>{upper(props.parentBody)}</div>
          <div style={{ fontWeight: 700 }}>{upper(props.name)}</div>
          <div style={{ width: 80, borderTop: '1px solid #000', margin: '2px auto 8px' }} />
        </div>
        <div style={{ flex: '1 1 58%', textAlign: 'center' }}>
          <div style={{ fontWeight: 700, whiteSpace: 'nowrap' }}>{t.nation}</div>
          <div style={{ fontWeight: 700 }}>{t.motto}</div>
          <div style={{ width: 160, borderTop: '1px solid #000', margin: '2px auto 8px' }} />
          <div style={{ fontStyle: 'italic' }}>{t.placeAndDate(props.placeName ?? '', d ?? '', m ?? '', y ?? '')}</div>
        </div>
      </div>
    </div>
  );
}
