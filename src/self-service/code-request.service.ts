/**
 * Asking for a one-time code (`POST /api/v1/public/coverage/otp`, always 202): when the NIK is enrolled
 * and the registry holds a phone number, a code goes to that phone through the installed sender. The
 * caller learns nothing either way — same answer, same floor time, the sending itself after the answer.
 * Limited per address (a 429 tells nothing about the NIK) and, silently, a few codes per NIK an hour.
 */
import { recordAudit } from '../audit/audit.service';
import { publicContext } from '../cards/card-verify.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { participationsForNik } from '../enrolment/enrolment.service';
import { personIdentities } from '../workers/participant-source.service';
import { withFloor } from './answer-floor';
import { CODE_MINUTES, issueCode } from './otp.service';
import { otpSender } from './otp-sender';
import { keyedDigest } from './public-secret';
import { addressKey, admitAttempt, allowsSilently, CODES_PER_NIK, nikKey } from './public-throttle.service';
import type { PublicCaller } from './coverage-check.service';

/** The registry's phone for the NIK: from its current (or latest) participation's person. */
async function phoneOf(db: Db, caller: PublicCaller, nik: string): Promise<string | null> {
  const rows = await participationsForNik(db, nik, (t) => todayIn(caller.clock, t));
  const latest = [...rows].sort((a, b) => Number(b.validNow) - Number(a.validNow) || b.startsOn.localeCompare(a.startsOn))[0];
  if (!latest) return null;
  const phone = (await personIdentities(db, latest.tenantCode, [latest.personId])).get(latest.personId)?.phone ?? null;
  return phone && /\d{8,}/.test(phone.replace(/\D/g, '')) ? phone : null;
}

/** Issues and (after the answer) sends a code when it can; resolves the same way whether it did or not. */
export async function requestCode(db: Db, caller: PublicCaller, nik: string, lang: 'id' | 'en', onSendError: (e: unknown) => void): Promise<void> {
  let send: (() => Promise<void>) | null = null;
  await withFloor(async () => {
    const nikDigest = keyedDigest(caller.dataDir, 'nik', nik);
    await admitAttempt(db, [addressKey(caller.ip)]);
    const allowed = await allowsSilently(db, nikKey('code', nikDigest, CODES_PER_NIK));
    const phone = allowed ? await phoneOf(db, caller, nik) : null;
    if (phone) {
      const code = await issueCode(db, caller.dataDir, nikDigest, caller.clock.now());
      send = () => otpSender().send({ phone, code, minutes: CODE_MINUTES, lang });
    }
    await recordAudit(db, publicContext(caller.ip), {
      action: 'self-service.code', entity: 'nik', entityId: null, tenantCode: null, details: { nikDigest, sent: !!phone, throttled: !allowed },
    });
  });
  const pending = send as (() => Promise<void>) | null;
  if (pending) pending().catch(onSendError);
}
