import MarkdownIt from "markdown-it";

/**
 * Notes and replies are Markdown, rendered on the server. SECURITY: raw HTML
 * is escaped (html: false), markdown-it's link validator drops javascript:,
 * vbscript:, file: and data: URLs, images are not rendered (no tracking
 * pixels, no data: URLs), and every link opens with rel="noopener nofollow".
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false }).disable(["image"]);

markdown.validateLink = (url: string) => /^(https?:|mailto:|#|\/(?!\/))/i.test(url.trim());

markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index]!.attrSet("rel", "noopener nofollow noreferrer");
  tokens[index]!.attrSet("target", "_blank");
  return self.renderToken(tokens, index, options);
};

export function renderNote(body: string): string {
  return markdown.render(body);
}
