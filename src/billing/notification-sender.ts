/**
 * Where a due-date reminder goes besides the in-app notification: a pluggable sender (e-mail, WhatsApp
 * gateway…). The default only writes a log line — no message leaves the machine until an installation
 * plugs a real sender in with `setNotificationSender`.
 */
export interface ReminderMessage {
  tenantCode: string; kind: 'bill-due-soon' | 'bill-overdue'; billNumber: string; dueOn: string; outstanding: number; text: string;
}

export interface NotificationSender { readonly channel: string; send(message: ReminderMessage): Promise<void> }

export const logSender: NotificationSender = {
  channel: 'log',
  async send(message) {
    process.stderr.write(`[lindung reminder] ${message.tenantCode} ${message.text}\n`);
  },
};

let current: NotificationSender = logSender;

export function setNotificationSender(sender: NotificationSender): void { current = sender; }
export const notificationSender = (): NotificationSender => current;
