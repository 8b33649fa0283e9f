/** What a notification is about, for the inbox's labels and filters. Pure data. */
export const NOTIFICATION_KINDS = ['awaiting_approval', 'awaiting_board', 'returned', 'published', 'scheduled', 'review', 'syndication', 'quota_reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  awaiting_approval: 'Chờ bạn duyệt',
  awaiting_board: 'Chờ Ban Biên tập',
  returned: 'Bị trả lại',
  published: 'Đã xuất bản',
  scheduled: 'Đã hẹn giờ',
  review: 'Cần rà soát',
  syndication: 'Tin phường, xã – cổng cấp trên',
  quota_reminder: 'Nhắc chỉ tiêu tin, bài',
};

export function notificationKindLabel(kind: string): string {
  return (NOTIFICATION_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
