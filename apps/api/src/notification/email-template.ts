/**
 * Emails written the GOV.UK Notify way: short, plain sentences, the thing to do first, one clear
 * link each. Every email has a text part and an HTML part that says the same: semantic HTML (a
 * heading, paragraphs, lists, links with words that make sense on their own), `lang="en"`, no
 * images, no layout tables, so that screen readers and plain-text readers get the whole message.
 */
export type EmailBlock =
  | { p: string }
  | { heading: string }
  | { list: string[] }
  /** Quoted text, e.g. the moderator's comment. */
  | { inset: string }
  | { link: { text: string; href: string } };

export interface EmailContent {
  subject: string;
  /** The recipient's name, for "Hello Name". */
  name: string;
  blocks: EmailBlock[];
  /** Why they get it and how to stop it: an unsubscribe link for this kind of email and the settings page. */
  footer: { reason: string; unsubscribeUrl: string; settingsUrl: string };
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderEmail(content: EmailContent): RenderedEmail {
  const text: string[] = [`Hello ${content.name},`, ''];
  const html: string[] = [`<p>Hello ${escape(content.name)},</p>`];
  for (const block of content.blocks) {
    if ('p' in block) {
      text.push(block.p, '');
      html.push(`<p>${escape(block.p)}</p>`);
    } else if ('heading' in block) {
      text.push(block.heading.toUpperCase(), '');
      html.push(`<h2>${escape(block.heading)}</h2>`);
    } else if ('list' in block) {
      text.push(...block.list.map((item) => `* ${item}`), '');
      html.push(`<ul>${block.list.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`);
    } else if ('inset' in block) {
      text.push(...block.inset.split('\n').map((line) => `> ${line}`), '');
      html.push(`<blockquote><p>${escape(block.inset).replace(/\n/g, '<br>')}</p></blockquote>`);
    } else {
      text.push(`${block.link.text}:`, block.link.href, '');
      html.push(`<p><a href="${escape(block.link.href)}">${escape(block.link.text)}</a></p>`);
    }
  }
  const { reason, unsubscribeUrl, settingsUrl } = content.footer;
  text.push('---', reason, `Stop these emails: ${unsubscribeUrl}`, `Change your email settings: ${settingsUrl}`, '');
  html.push(
    '<hr>',
    `<p>${escape(reason)}</p>`,
    `<p><a href="${escape(unsubscribeUrl)}">Stop these emails</a> or <a href="${escape(settingsUrl)}">change your email settings</a>.</p>`,
  );
  return {
    subject: content.subject,
    text: text.join('\n'),
    html: `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(content.subject)}</title></head>\n<body>\n${html.join('\n')}\n</body></html>\n`,
  };
}
