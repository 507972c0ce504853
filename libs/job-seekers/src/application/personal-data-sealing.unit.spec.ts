import {
  ERASED_LABEL,
  InMemoryPersonalDataKeyStore,
  MasterKey,
  PersonalDataCipher,
} from '@vieclam/platform/crypto';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { toIsoDate } from './calendar-dates';
import { duplicateKeysOf } from './duplicate-index';
import { PreparedSeals, openEvent } from './personal-data-sealing';

const cipher = () =>
  new PersonalDataCipher({ keyStore: new InMemoryPersonalDataKeyStore(), masterKey: MasterKey.generate() });
const recorded = (type: string, data: unknown) => ({ type, data }) as RecordedEvent;

describe('sealing personal fields of JobSeeker events', () => {
  it('replaces every personal field, including inside profile changes, and opens them back', async () => {
    const c = cipher();
    const seals = await PreparedSeals.prepare(c, 'js-1', ['Trần Thị Đào', '0987654321']);
    const sealed = seals.sealEvent({
      type: 'JobSeekerProfileUpdated',
      data: {
        jobSeekerId: 'js-1',
        changes: { fullName: 'Trần Thị Đào', phone: '0987654321', villageCode: 'XMT-02' },
      },
    });
    expect(JSON.stringify(sealed)).not.toMatch(/Đào|0987654321/);
    const opened = await openEvent(c, 'js-1', recorded(sealed.type, sealed.data));
    expect(opened.data.changes).toEqual({
      fullName: 'Trần Thị Đào',
      phone: '0987654321',
      villageCode: 'XMT-02',
    });
  });

  it('refuses to let an unsealed personal value through', () => {
    expect(() =>
      PreparedSeals.none().sealEvent({
        type: 'ConsultationLogged',
        data: { notes: 'plaintext', nextSteps: '' },
      }),
    ).toThrow(/without being encrypted/);
  });

  it('shows erased fields as the erased label', async () => {
    const c = cipher();
    const seals = await PreparedSeals.prepare(c, 'js-2', ['ghi chú', 'bước tiếp']);
    const sealed = seals.sealEvent({
      type: 'ConsultationLogged',
      data: { notes: 'ghi chú', nextSteps: 'bước tiếp' },
    });
    await c.erase('js-2');
    const opened = await openEvent(c, 'js-2', recorded(sealed.type, sealed.data));
    expect(opened).toMatchObject({
      erased: true,
      data: { notes: ERASED_LABEL.display, nextSteps: ERASED_LABEL.display },
    });
  });
});

describe('input dates and duplicate keys', () => {
  it.each([
    ['12/04/1995', '1995-04-12'],
    ['1/2/2026', '2026-02-01'],
    ['2026-03-20', '2026-03-20'],
    ['31/02/2026', '31/02/2026'],
    ['20-03-2026', '20-03-2026'],
  ])('reads %s as %s', (input, expected) => expect(toIsoDate(input)).toBe(expected));

  it('matches names without accents or extra spaces, and never holds the plaintext', () => {
    const key = Buffer.alloc(32, 7);
    const a = duplicateKeysOf(key, {
      citizenId: '033095001234',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1995-04-12',
    });
    const b = duplicateKeysOf(key, {
      citizenId: '033 095 001 234',
      fullName: ' nguyen  van an',
      dateOfBirth: '1995-04-12',
    });
    expect(b).toEqual(a);
    expect(JSON.stringify(a)).not.toMatch(/033095001234|Nguy|1995/);
    const otherKey = duplicateKeysOf(Buffer.alloc(32, 8), {
      citizenId: '033095001234',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1995-04-12',
    });
    expect(otherKey[0]!.hash).not.toBe(a[0]!.hash);
  });
});
