/**
 * Where a one-time code goes: the phone number the registry holds for the NIK. The sender is pluggable —
 * the default writes the code to the server log (a pilot, or a Dinas desk reading it out); a WhatsApp
 * Business or SMS gateway is an adapter implementing `OtpSender`, installed at start-up with
 * `useOtpSender`. A sender is called after the answer's timing is fixed, so its latency tells nothing.
 */
export interface OtpMessage { phone: string; code: string; minutes: number; lang: 'id' | 'en' }

export interface OtpSender {
  readonly name: string;
  send(message: OtpMessage): Promise<void>;
}

/** The text a gateway sends: short enough for one SMS, no name and no NIK in it. */
export const otpText = (m: OtpMessage) => (m.lang === 'en'
  ? `Lindung: your code is ${m.code}. Valid ${m.minutes} minutes. Never share it.`
  : `Lindung: kode Anda ${m.code}. Berlaku ${m.minutes} menit. Jangan berikan kepada siapa pun.`);

/** The default: the code in the server log, the phone masked to its last three digits. */
export const logSender = (log: (line: string) => void = (line) => console.info(line)): OtpSender => ({
  name: 'log',
  send: async (m) => log(`[self-service] one-time code for …${m.phone.slice(-3)}: ${otpText(m)}`),
});

let current: OtpSender = logSender();

export const otpSender = (): OtpSender => current;

/** Installs a gateway adapter (or a test's capturing sender); returns the previous one. */
export function useOtpSender(sender: OtpSender): OtpSender {
  const previous = current;
  current = sender;
  return previous;
}
