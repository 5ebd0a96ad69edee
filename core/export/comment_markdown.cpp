#include "export/comment_markdown.h"

#include <QByteArray>
#include <QList>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <memory>

namespace newsmark {

namespace {

// Safe mode (no CMARK_OPT_UNSAFE) is cmark's default; the walk below also turns raw HTML into
// text, so that a reader sees what was written instead of an "omitted" gap.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8;

struct ParserFree
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeFree
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct IterFree
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

cmark_node *textNode(const char *literal)
{
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, literal);
    return text;
}

// A block of raw HTML becomes a paragraph of its lines, as text.
void blockAsText(cmark_node *html)
{
    QByteArray literal(cmark_node_get_literal(html));
    while (literal.endsWith('\n'))
        literal.chop(1);
    cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
    const QList<QByteArray> lines = literal.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cmark_node_append_child(paragraph, cmark_node_new(CMARK_NODE_LINEBREAK));
        cmark_node_append_child(paragraph, textNode(lines.at(i).constData()));
    }
    cmark_node_replace(html, paragraph);
    cmark_node_free(html);
}

void inlineAsText(cmark_node *html)
{
    cmark_node_replace(html, textNode(cmark_node_get_literal(html)));
    cmark_node_free(html);
}

// ![alt](address) becomes [alt](address): the page stays one that loads nothing.
void imageAsLink(cmark_node *image)
{
    cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, cmark_node_get_url(image));
    cmark_node_set_title(link, cmark_node_get_title(image));
    while (cmark_node *child = cmark_node_first_child(image))
        cmark_node_append_child(link, child); // moves it
    if (!cmark_node_first_child(link))
        cmark_node_append_child(link, textNode(cmark_node_get_url(image)));
    cmark_node_replace(image, link);
    cmark_node_free(image);
}

} // namespace

QString commentHtml(const QString &markdown)
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);

    const std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(kOptions));
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    const std::unique_ptr<cmark_node, NodeFree> document(cmark_parser_finish(parser.get()));

    // Changed after the walk: the iterator must not see its tree change under it.
    QList<cmark_node *> rewrite;
    {
        const std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(document.get()));
        for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
             event = cmark_iter_next(iter.get())) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            const cmark_node_type type = cmark_node_get_type(node);
            if (event == CMARK_EVENT_ENTER
                && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE
                    || type == CMARK_NODE_IMAGE))
                rewrite.append(node);
        }
    }
    // In document order: an image comes before the nodes of its alt text, which move to its
    // link before the image is freed, so every node listed is still alive when its turn comes.
    for (cmark_node *node : std::as_const(rewrite)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK: blockAsText(node); break;
        case CMARK_NODE_HTML_INLINE: inlineAsText(node); break;
        default: imageAsLink(node); break;
        }
    }

    char *html = cmark_render_html(document.get(), kOptions,
                                   cmark_parser_get_syntax_extensions(parser.get()));
    const QString out = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return out;
}

} // namespace newsmark
