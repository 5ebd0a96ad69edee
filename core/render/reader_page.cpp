#include "render/reader_page.h"

#include "analysis/amount.h"
#include "analysis/amount_conversion.h"
#include "analysis/amount_readout.h"
#include "i18n/ui_language.h"
#include "logging.h"
#include "resources.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonValue>
#include <QStringBuilder>

#include <algorithm>

namespace newsmark {

namespace {

QString resourceText(const QString &path)
{
    ensureCoreResources();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcRender) << "missing resource" << path;
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

QString escape(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// Escapes for an attribute value in double quotes; toHtmlEscaped covers <, >, & and ".
QString attr(const QString &value)
{
    return value.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QString head(const QString &title, const ReaderPageOptions &options, const QString &lang)
{
    QString styles;
    QString scripts;
    QStringList styleHashes;
    const QString font = ReaderPage::fontStyle(options);
    if (options.standalone) {
        styles = QStringLiteral("<style>") % resourceText(QStringLiteral(":/web/reader.css")) % font
                % QStringLiteral("</style>");
    } else {
        styles = QStringLiteral("<link rel=\"stylesheet\" href=\"newsmark://app/web/reader.css\">");
        if (!font.isEmpty()) {
            // After the stylesheet, so that it wins; admitted by its hash, no 'unsafe-inline'.
            styles += QStringLiteral("<style>") % font % QStringLiteral("</style>");
            styleHashes.append(
                    QStringLiteral("sha256-")
                    % QString::fromLatin1(
                            QCryptographicHash::hash(font.toUtf8(), QCryptographicHash::Sha256)
                                    .toBase64()));
        }
        scripts = QStringLiteral("<script src=\"newsmark://app/qwebchannel.js\"></script>"
                                 "<script src=\"newsmark://app/web/reader.js\"></script>");
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") % lang % QStringLiteral("\" class=\"")
            % (options.theme == ReaderTheme::Dark ? QStringLiteral("nm-dark")
                                                  : QStringLiteral("nm-light"))
            % QStringLiteral("\"><head><meta charset=\"utf-8\">"
                             "<meta http-equiv=\"Content-Security-Policy\" content=\"")
            % ReaderPage::contentSecurityPolicy(options.standalone, styleHashes)
            % QStringLiteral("\"><meta name=\"referrer\" content=\"no-referrer\">"
                             "<meta name=\"viewport\" content=\"width=device-width\"><title>")
            % escape(title) % QStringLiteral("</title>") % styles % scripts
            % QStringLiteral("</head>");
}

// A highlight clipped to one block: a span's or a note's <mark>, with its start tag.
struct BlockMark
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool isNote = false;
    qsizetype order = 0; // notes in the order given (by start, then id), then the spans
    QString openTag;
};

// The text [from, to) with marks that may overlap, written as properly nested elements. At each
// boundary the marks that end there close, and with them those opened above them, which open
// again; then the marks that start there open, the one that lasts longest outermost (a note
// around the span it covers). A mark may so become several elements with the same attributes:
// overlapping notes stay separate elements, never merged, and every character is escaped.
QString nestedMarks(QStringView canonical, qsizetype from, qsizetype to,
                    const QList<BlockMark> &marks)
{
    QList<qsizetype> bounds {from, to};
    for (const BlockMark &m : marks)
        bounds << m.start << m.end;
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    const auto outerFirst = [](const BlockMark *a, const BlockMark *b) {
        if (a->end != b->end)
            return a->end > b->end;
        if (a->isNote != b->isNote)
            return a->isNote;
        return a->order < b->order;
    };

    QString out;
    QList<const BlockMark *> stack;
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        const qsizetype at = bounds.at(i);
        const auto firstEnding = std::find_if(stack.cbegin(), stack.cend(),
                                              [at](const BlockMark *m) { return m->end <= at; });
        const qsizetype keep = firstEnding - stack.cbegin();
        QList<const BlockMark *> opening;
        while (stack.size() > keep) {
            const BlockMark *m = stack.takeLast();
            out += QStringLiteral("</mark>");
            if (m->end > at)
                opening.append(m);
        }
        for (const BlockMark &m : marks) {
            if (m.start == at)
                opening.append(&m);
        }
        std::stable_sort(opening.begin(), opening.end(), outerFirst);
        for (const BlockMark *m : std::as_const(opening)) {
            out += m->openTag;
            stack.append(m);
        }
        if (i + 1 < bounds.size())
            out += escape(canonical.mid(at, bounds.at(i + 1) - at));
    }
    return out;
}

// A figure that disagrees with another of the article (findDisagreements): its mark carries
// nm-disagree (nm-odd when the article's own conversion says it is the one that is wrong) and
// its title names the other figure.
struct DisagreementFlag
{
    bool odd = false;
    QStringList lines;
};

// "headline", "sub-headline", "paragraph 2": where an offset is, as the Amounts panel says it.
QString placeOf(const Article &article, qsizetype offset)
{
    int paragraph = 0;
    for (const TextBlock &block : article.blocks()) {
        if (block.kind == TextBlock::Kind::Paragraph)
            ++paragraph;
        if (offset < block.start || offset >= block.start + block.text.size())
            continue;
        switch (block.kind) {
        case TextBlock::Kind::Headline: return QStringLiteral("headline");
        case TextBlock::Kind::Subheadline: return QStringLiteral("sub-headline");
        case TextBlock::Kind::Paragraph:
            return QStringLiteral("paragraph ") % QString::number(paragraph);
        }
    }
    return {};
}

QHash<qsizetype, DisagreementFlag>
disagreementFlags(const Article &article, const QList<Span> &spans, QStringView canonical)
{
    // The panel's input: amounts only, so that a name next to a figure still counts as its
    // subject word.
    QList<Span> amounts;
    for (const Span &s : spans) {
        if (s.kind == SpanKind::Money || s.kind == SpanKind::Percent
            || s.kind == SpanKind::Quantity)
            amounts.append(s);
    }
    QHash<qsizetype, DisagreementFlag> flags;
    const auto written = [canonical](const Span &s) {
        return canonical.mid(s.start, s.length()).toString();
    };
    for (const AmountDisagreement &d : findDisagreements(amounts, canonical)) {
        const QString apart = QString::number(d.relativeDifference * 100, 'f',
                                              d.relativeDifference < 0.001 ? 2 : 1)
                % QLatin1Char('%');
        QString verdict;
        if (d.decidedBy) {
            const Span &odd = d.oddOne == AmountDisagreement::OddOne::First ? d.first : d.second;
            Amount expected;
            expected.kind = SpanKind::Money;
            expected.value = d.expected;
            expected.currency = d.decidedBy->to;
            verdict = written(odd) % QStringLiteral(" is the odd one out: ")
                    % written(d.decidedBy->source) % QStringLiteral(" at the article's rate of ")
                    % describeRate(d.decidedBy->from, d.decidedBy->to, d.decidedBy->rate)
                    % QStringLiteral(" is ") % readExact(expected) % QLatin1Char('.');
        }
        for (const Span *self : {&d.first, &d.second}) {
            const Span &other = self == &d.first ? d.second : d.first;
            DisagreementFlag &flag = flags[self->start];
            flag.odd = flag.odd
                    || (self == &d.first ? d.oddOne == AmountDisagreement::OddOne::First
                                         : d.oddOne == AmountDisagreement::OddOne::Second);
            flag.lines << QStringLiteral("Disagrees with ") % written(other) % QStringLiteral(" (")
                            % placeOf(article, other.start) % QStringLiteral("): ") % apart
                            % QStringLiteral(" apart.");
            if (!verdict.isEmpty())
                flag.lines << verdict;
        }
    }
    return flags;
}

// One block (headline, sub-headline or paragraph) with its spans and notes as <mark> elements,
// clipped to the block: neither crosses the '\n' between blocks as an element.
QString blockHtml(const QString &tag, const QString &cssClass, const TextBlock &block,
                  const QList<Span> &spans, QStringView canonical, QStringView language,
                  const ReaderPageOptions &options, const QHash<qsizetype, DisagreementFlag> &flags)
{
    const QString open = QLatin1Char('<') % tag % QStringLiteral(" class=\"nm-block ") % cssClass
            % QStringLiteral("\" data-start=\"") % QString::number(block.start)
            % QStringLiteral("\">");
    const qsizetype blockEnd = block.start + block.text.size();
    QList<BlockMark> marks;
    for (const ReaderNote &note : options.notes) {
        const qsizetype start = std::max(note.start, block.start);
        const qsizetype end = std::min(note.end, blockEnd);
        if (start >= end)
            continue;
        QString openTag = QStringLiteral("<mark class=\"nm-note nm-note-") % attr(note.color)
                % QStringLiteral("\" data-note-id=\"") % attr(note.id) % QLatin1Char('"');
        if (!note.title.isEmpty())
            openTag += QStringLiteral(" title=\"") % attr(note.title) % QLatin1Char('"');
        marks.append({start, end, true, marks.size(), openTag + QLatin1Char('>')});
    }
    qsizetype pos = block.start;
    auto first = std::lower_bound(spans.cbegin(), spans.cend(), block.start,
                                  [](const Span &s, qsizetype start) { return s.end <= start; });
    for (auto it = first; it != spans.cend() && it->start < blockEnd; ++it) {
        const qsizetype start = std::max(it->start, pos);
        const qsizetype end = std::min(it->end, blockEnd);
        if (start >= end)
            continue;
        const QString key = spanKindKey(it->kind);
        QString classes = QStringLiteral("nm-span nm-") % key;
        QString title = ReaderPage::tooltip(*it, canonical, language, options);
        QString disagree;
        if (const auto flag = flags.constFind(it->start); flag != flags.cend()) {
            classes += flag->odd ? QStringLiteral(" nm-disagree nm-odd")
                                 : QStringLiteral(" nm-disagree");
            // Kept apart too, so that a new conversion's title (reader.js) keeps it.
            const QString lines = flag->lines.join(QLatin1Char('\n'));
            title += QLatin1Char('\n') % lines;
            disagree = QStringLiteral("\" data-disagree=\"") % attr(lines);
        }
        marks.append({start, end, false, marks.size(),
                      QStringLiteral("<mark class=\"") % classes % disagree
                              % QStringLiteral("\" data-kind=\"") % spanKindName(it->kind)
                              % QStringLiteral("\" data-start=\"") % QString::number(it->start)
                              % QStringLiteral("\" data-end=\"") % QString::number(it->end)
                              % QStringLiteral("\" title=\"") % attr(title)
                              % QStringLiteral("\">")});
        pos = end;
    }
    return open % nestedMarks(canonical, block.start, blockEnd, marks) % QStringLiteral("</") % tag
            % QLatin1Char('>');
}

QString legendHtml(const QList<Span> &spans, const QStringList &hidden)
{
    QList<SpanKind> present;
    for (const Span &s : spans) {
        if (!present.contains(s.kind))
            present.append(s.kind);
    }
    if (present.isEmpty())
        return {};
    std::sort(present.begin(), present.end());
    QString out = QStringLiteral("<nav class=\"nm-legend\" aria-label=\"")
            % attr(CoreText::tr("Highlights")) % QStringLiteral("\">");
    const QString toggle = attr(CoreText::tr("Show or hide these highlights"));
    for (SpanKind kind : present) {
        const auto count = std::count_if(spans.cbegin(), spans.cend(),
                                         [kind](const Span &s) { return s.kind == kind; });
        out += QStringLiteral("<button type=\"button\" class=\"nm-legend-item nm-")
                % spanKindKey(kind) % QStringLiteral("\" data-kind=\"") % spanKindKey(kind)
                % QStringLiteral("\" aria-pressed=\"")
                % (hidden.contains(spanKindKey(kind)) ? QStringLiteral("false")
                                                      : QStringLiteral("true"))
                % QStringLiteral("\" title=\"") % toggle % QStringLiteral("\">")
                % QStringLiteral("<span class=\"nm-swatch\"></span>") % escape(spanKindLabel(kind))
                % QStringLiteral(" <span class=\"nm-count\">") % QString::number(count)
                % QStringLiteral("</span></button>");
    }
    return out + QStringLiteral("</nav>");
}

} // namespace

void applyConversion(ReaderPageOptions &options, const ConversionChoice &choice,
                     const QList<Span> &spans, QStringView text)
{
    options.convertTo = choice.currency;
    options.rates.clear();
    if (choice.currency.isEmpty())
        return;
    const QList<ImpliedRate> implied = impliedRates(spans, text);
    for (const Span &span : spans) {
        if (span.kind != SpanKind::Money)
            continue;
        const QString from = span.amount ? span.amount->currency : QString();
        if (from.isEmpty() || from == choice.currency || options.rates.contains(from))
            continue;
        if (const auto rate = resolveRate(choice, from, implied, text))
            options.rates.insert(from, ReaderRate {rate->rate, rate->note});
    }
}

QString ReaderPage::contentSecurityPolicy(bool standalone, const QStringList &styleHashes)
{
    if (standalone)
        return QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    QString styleSources = QStringLiteral("newsmark:");
    for (const QString &hash : styleHashes)
        styleSources += QStringLiteral(" '") % hash % QLatin1Char('\'');
    return QStringLiteral("default-src 'none'; script-src newsmark:; style-src ") % styleSources
            % QStringLiteral("; img-src newsmark: data:; font-src newsmark:; connect-src 'none'; "
                             "form-action 'none'; base-uri 'none'");
}

QString ReaderPage::fontStyle(const ReaderPageOptions &options)
{
    QString declarations;
    if (const QString family = options.fontFamily.trimmed(); !family.isEmpty()) {
        // A CSS string: backslash and quote escaped, '<' as a hex escape (so "</style>" cannot
        // close the element), control characters dropped. Korean text keeps its Noto fallback.
        QString quoted;
        for (const QChar c : family) {
            if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
                quoted += QLatin1Char('\\') % QString(c);
            else if (c == QLatin1Char('<'))
                quoted += QStringLiteral("\\3c ");
            else if (c.category() != QChar::Other_Control)
                quoted += c;
        }
        declarations += QStringLiteral("font-family: \"") % quoted
                % QStringLiteral("\", \"Noto Sans CJK KR\", \"Noto Sans KR\", sans-serif;");
    }
    if (options.fontSize > 0)
        declarations += QStringLiteral(" font-size: ") % QString::number(options.fontSize)
                % QStringLiteral("px;");
    if (declarations.isEmpty())
        return {};
    return QStringLiteral("body { ") % declarations.trimmed() % QStringLiteral(" }");
}

QString ReaderPage::tooltip(const Span &span, QStringView text, QStringView language,
                            const ReaderPageOptions &options)
{
    const QStringView written = text.mid(span.start, span.end - span.start);
    QString tip = spanKindLabel(span.kind) % QStringLiteral(": ") % written.toString();
    // Amounts are read out in the other language's scales; other spans list their values.
    if (const auto amount = Amount::fromSpan(span)) {
        tip += QLatin1Char('\n') % amountReadout(*amount, written, language);
        const auto rate = options.rates.constFind(amount->currency);
        if (options.convertTo.isEmpty() || amount->currency == options.convertTo
            || rate == options.rates.constEnd())
            return tip;
        if (const auto converted = convertAmount(*amount, options.convertTo, rate->rate))
            tip += QLatin1Char('\n') % amountReadout(*converted, written, language)
                    % QLatin1Char(' ') % rate->note;
        return tip;
    }
    const QJsonObject normalized = span.normalized();
    for (auto it = normalized.constBegin(); it != normalized.constEnd(); ++it) {
        const QString value =
                it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        if (!value.isEmpty())
            tip += QLatin1Char('\n') % it.key() % QStringLiteral(": ") % value;
    }
    return tip;
}

QString ReaderPage::render(const Article &article, const QList<Span> &spans,
                           const ReaderPageOptions &options)
{
    const QString canonical = article.canonicalText();
    const QString lang = article.language.isEmpty() ? QStringLiteral("ko") : article.language;
    const QHash<qsizetype, DisagreementFlag> flags = disagreementFlags(article, spans, canonical);
    QString out = head(article.headline, options, lang);
    QString bodyClasses;
    for (const QString &kind : options.hiddenKinds)
        bodyClasses += (bodyClasses.isEmpty() ? QString() : QStringLiteral(" "))
                % QStringLiteral("nm-hide-") % attr(kind);
    out += (bodyClasses.isEmpty()
                    ? QStringLiteral("<body>")
                    : QStringLiteral("<body class=\"") % bodyClasses % QStringLiteral("\">"))
            % QStringLiteral("<article class=\"nm-article\" data-article-id=\"")
            % QString::number(article.id) % QStringLiteral("\">");
    out += legendHtml(spans, options.hiddenKinds);
    out += QStringLiteral("<header class=\"nm-header\">");
    // A trashed article opened from the Trash says so, and how to bring it back.
    if (article.isInTrash())
        out += QStringLiteral("<p class=\"nm-trashed\" role=\"status\">")
                % CoreText::tr("In the Trash since %1. Restore it from the list's context menu or "
                               "with %2.")
                          .arg(escape(publishedForDisplay(
                                       article.deletedAt.toUTC().toString(Qt::ISODate), true)),
                               QString(QStringLiteral("<code>newsmark-cli restore ")
                                       % QString::number(article.id) % QStringLiteral("</code>")))
                % QStringLiteral("</p>");
    if (!article.category.isEmpty())
        out += QStringLiteral("<p class=\"nm-category\">") % escape(article.category)
                % QStringLiteral("</p>");
    bool bodyOpen = false;
    // The byline closes the header: it goes after the headings, before the first paragraph.
    auto openBody = [&] {
        QStringList byline;
        if (!article.outlet.isEmpty())
            byline << QStringLiteral("<span class=\"nm-outlet\">") % escape(article.outlet)
                            % QStringLiteral("</span>");
        if (!article.reporter.isEmpty())
            byline << QStringLiteral("<span class=\"nm-reporter\">") % escape(article.reporter)
                            % QStringLiteral("</span>");
        if (!article.published.isEmpty())
            byline << QStringLiteral("<time class=\"nm-published\" datetime=\"")
                            % attr(article.published) % QStringLiteral("\">")
                            % escape(publishedForDisplay(article.published, true))
                            % QStringLiteral("</time>");
        if (!byline.isEmpty())
            out += QStringLiteral("<p class=\"nm-byline\">") % byline.join(QStringLiteral(" · "))
                    % QStringLiteral("</p>");
        out += QStringLiteral("</header><div class=\"nm-body\">");
        bodyOpen = true;
    };
    // Figures and list items wrap the blocks they hold: what is open closes before the next
    // block that is not theirs.
    bool listOpen = false;
    bool figureOpen = false;
    auto closeOpen = [&] {
        if (listOpen)
            out += QStringLiteral("</ul>");
        if (figureOpen)
            out += QStringLiteral("</figure>");
        listOpen = figureOpen = false;
    };
    qsizetype nextFigure = 0;
    // The images before paragraph `paragraph` (all that are left for -1), each in its <figure>;
    // the last one stays open for the caption that may follow it.
    auto figuresBefore = [&](qsizetype paragraph) {
        for (; nextFigure < article.figures.size(); ++nextFigure) {
            const Figure &figure = article.figures.at(nextFigure);
            if (paragraph >= 0 && figure.beforeParagraph > paragraph)
                break;
            closeOpen();
            if (options.standalone)
                continue; // an export has no app scheme to serve the image from
            out += QStringLiteral("<figure class=\"nm-figure\"><img src=\"newsmark://app/image/")
                    % QString::number(article.id) % QLatin1Char('/') % QString::number(nextFigure)
                    % QStringLiteral("\" alt=\"") % attr(figure.alt) % QLatin1Char('"');
            if (figure.width > 0 && figure.height > 0)
                out += QStringLiteral(" width=\"") % QString::number(figure.width)
                        % QStringLiteral("\" height=\"") % QString::number(figure.height)
                        % QLatin1Char('"');
            out += QStringLiteral(" loading=\"lazy\">");
            figureOpen = true;
        }
    };
    for (const TextBlock &block : article.blocks()) {
        switch (block.kind) {
        case TextBlock::Kind::Headline:
            out += blockHtml(QStringLiteral("h1"), QStringLiteral("nm-headline"), block, spans,
                             canonical, article.language, options, flags);
            break;
        case TextBlock::Kind::Subheadline:
            out += blockHtml(QStringLiteral("h2"), QStringLiteral("nm-subheadline"), block, spans,
                             canonical, article.language, options, flags);
            break;
        case TextBlock::Kind::Paragraph:
            if (!bodyOpen)
                openBody();
            figuresBefore(block.paragraph);
            if (block.paragraphKind == ParagraphKind::Caption && figureOpen) {
                out += blockHtml(QStringLiteral("figcaption"), QStringLiteral("nm-caption"), block,
                                 spans, canonical, article.language, options, flags);
                closeOpen();
                break;
            }
            if (block.paragraphKind != ParagraphKind::ListItem || !listOpen)
                closeOpen();
            switch (block.paragraphKind) {
            case ParagraphKind::Heading:
                out += blockHtml(QStringLiteral("h3"), QStringLiteral("nm-heading"), block, spans,
                                 canonical, article.language, options, flags);
                break;
            case ParagraphKind::ListItem:
                if (!listOpen)
                    out += QStringLiteral("<ul class=\"nm-list\">");
                listOpen = true;
                out += blockHtml(QStringLiteral("li"), QStringLiteral("nm-list-item"), block, spans,
                                 canonical, article.language, options, flags);
                break;
            case ParagraphKind::Quote:
                out += blockHtml(QStringLiteral("blockquote"), QStringLiteral("nm-quote"), block,
                                 spans, canonical, article.language, options, flags);
                break;
            case ParagraphKind::Caption:
                out += blockHtml(QStringLiteral("p"), QStringLiteral("nm-caption"), block, spans,
                                 canonical, article.language, options, flags);
                break;
            case ParagraphKind::Paragraph:
                out += blockHtml(QStringLiteral("p"), QStringLiteral("nm-paragraph"), block, spans,
                                 canonical, article.language, options, flags);
                break;
            }
            break;
        }
    }
    if (bodyOpen) {
        figuresBefore(-1);
        closeOpen();
    }
    if (!bodyOpen)
        openBody();
    out += QStringLiteral("</div><footer class=\"nm-footer\">");
    if (!article.email.isEmpty())
        out += QStringLiteral("<p class=\"nm-email\">") % escape(article.email)
                % QStringLiteral("</p>");
    if (!article.copyright.isEmpty())
        out += QStringLiteral("<p class=\"nm-copyright\">") % escape(article.copyright)
                % QStringLiteral("</p>");
    out += QStringLiteral("</footer></article></body></html>\n");
    return out;
}

QString ReaderPage::placeholder(const QString &message, const ReaderPageOptions &options)
{
    return head(QStringLiteral("Newsmark"), options, QStringLiteral("en"))
            % QStringLiteral("<body><div class=\"nm-placeholder\"><p>") % escape(message)
            % QStringLiteral("</p></div></body></html>\n");
}

} // namespace newsmark
