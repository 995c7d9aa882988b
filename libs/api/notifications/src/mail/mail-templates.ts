import type { MailMessage } from '@ketqua/api/core';

/** What a mail says about one notification (Vietnamese: official e-mail goes in the official language). */
export interface MailItem {
  id: string;
  title: string;
  body: string | null;
  createdAt: Date;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const timeVi = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);

/**
 * The link a mail carries: the dashboard's notification page (/thong-bao/<id>), which opens the
 * screen the notification is about (the dashboard routes; the API names only the notification).
 */
export const notificationLink = (publicUrl: string, id: string) => (publicUrl ? `${publicUrl}/thong-bao/${encodeURIComponent(id)}` : null);

const FOOTER_TEXT =
  'Thư này do hệ thống Ketqua gửi tự động; xin đừng trả lời. Chọn cách nhận thông báo (chỉ trong ứng dụng, thư ngay, hoặc thư tổng hợp hằng ngày) ở trang Hồ sơ của tôi.';

function page(recipientName: string, inner: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Ketqua</title></head>
<body style="font-family: Arial, sans-serif; color: #1f1f1f; line-height: 1.5">
<p>Kính gửi ${escapeHtml(recipientName)},</p>
${inner}
<p style="color: #595959; font-size: 13px">${escapeHtml(FOOTER_TEXT)}</p>
</body></html>`;
}

/** One notification, sent at once. */
export function notificationMail(to: { email: string; fullName: string }, item: MailItem, publicUrl: string): MailMessage {
  const link = notificationLink(publicUrl, item.id);
  const text = [
    `Kính gửi ${to.fullName},`,
    '',
    item.title,
    ...(item.body ? ['', item.body] : []),
    '',
    `Thời điểm: ${timeVi(item.createdAt)}`,
    ...(link ? [`Xem trên Ketqua: ${link}`] : []),
    '',
    FOOTER_TEXT,
  ].join('\n');
  const inner = `<h1 style="font-size: 18px; color: #0f3a68">${escapeHtml(item.title)}</h1>
${item.body ? `<p>${escapeHtml(item.body)}</p>` : ''}
<p style="color: #595959">Thời điểm: ${escapeHtml(timeVi(item.createdAt))}</p>
${link ? `<p><a href="${escapeHtml(link)}" style="color: #0f3a68; font-weight: bold">Xem trên Ketqua</a></p>` : ''}`;
  return { to: to.email, subject: `[Ketqua] ${item.title}`, text, html: page(to.fullName, inner) };
}

/** The day's notifications in one mail (at most DIGEST_MAX_ITEMS listed, the rest counted). */
export function digestMail(to: { email: string; fullName: string }, date: string, items: readonly MailItem[], total: number, publicUrl: string): MailMessage {
  const [y, m, d] = date.split('-');
  const day = `${d}/${m}/${y}`;
  const more = total - items.length;
  const lines = items.map((item) => {
    const link = notificationLink(publicUrl, item.id);
    return `- ${item.title}${item.body ? ` — ${item.body}` : ''} (${timeVi(item.createdAt)})${link ? `\n  ${link}` : ''}`;
  });
  const text = [
    `Kính gửi ${to.fullName},`,
    '',
    `Thông báo tổng hợp ngày ${day}: ${total} thông báo mới.`,
    '',
    ...lines,
    ...(more > 0 ? ['', `… và ${more} thông báo khác trong ứng dụng.`] : []),
    ...(publicUrl ? ['', `Mở Ketqua: ${publicUrl}/`] : []),
    '',
    FOOTER_TEXT,
  ].join('\n');
  const rows = items
    .map((item) => {
      const link = notificationLink(publicUrl, item.id);
      const title = link ? `<a href="${escapeHtml(link)}" style="color: #0f3a68">${escapeHtml(item.title)}</a>` : escapeHtml(item.title);
      return `<li><strong>${title}</strong>${item.body ? `<br>${escapeHtml(item.body)}` : ''}<br><span style="color: #595959">${escapeHtml(timeVi(item.createdAt))}</span></li>`;
    })
    .join('\n');
  const inner = `<h1 style="font-size: 18px; color: #0f3a68">Thông báo tổng hợp ngày ${day}</h1>
<p>${total} thông báo mới.</p>
<ul>${rows}</ul>
${more > 0 ? `<p>… và ${more} thông báo khác trong ứng dụng.</p>` : ''}
${publicUrl ? `<p><a href="${escapeHtml(publicUrl)}/" style="color: #0f3a68; font-weight: bold">Mở Ketqua</a></p>` : ''}`;
  return { to: to.email, subject: `[Ketqua] Thông báo tổng hợp ngày ${day} (${total})`, text, html: page(to.fullName, inner) };
}
