#include "feeds/html_text.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace newsmark {

namespace {

struct NamedEntity
{
    const char *name;
    char32_t codePoint;
};

// HTML 4's 252 named character references plus &apos;: what feeds actually carry. HTML5 added
// some 2,000 more, mostly mathematical; an unknown name is kept as text, not dropped. Sorted by
// name (ASCII order) for the binary search.
constexpr NamedEntity kEntities[] = {
        {"AElig", 0xC6},     {"Aacute", 0xC1},   {"Acirc", 0xC2},     {"Agrave", 0xC0},
        {"Alpha", 0x391},    {"Aring", 0xC5},    {"Atilde", 0xC3},    {"Auml", 0xC4},
        {"Beta", 0x392},     {"Ccedil", 0xC7},   {"Chi", 0x3A7},      {"Dagger", 0x2021},
        {"Delta", 0x394},    {"ETH", 0xD0},      {"Eacute", 0xC9},    {"Ecirc", 0xCA},
        {"Egrave", 0xC8},    {"Epsilon", 0x395}, {"Eta", 0x397},      {"Euml", 0xCB},
        {"Gamma", 0x393},    {"Iacute", 0xCD},   {"Icirc", 0xCE},     {"Igrave", 0xCC},
        {"Iota", 0x399},     {"Iuml", 0xCF},     {"Kappa", 0x39A},    {"Lambda", 0x39B},
        {"Mu", 0x39C},       {"Ntilde", 0xD1},   {"Nu", 0x39D},       {"OElig", 0x152},
        {"Oacute", 0xD3},    {"Ocirc", 0xD4},    {"Ograve", 0xD2},    {"Omega", 0x3A9},
        {"Omicron", 0x39F},  {"Oslash", 0xD8},   {"Otilde", 0xD5},    {"Ouml", 0xD6},
        {"Phi", 0x3A6},      {"Pi", 0x3A0},      {"Prime", 0x2033},   {"Psi", 0x3A8},
        {"Rho", 0x3A1},      {"Scaron", 0x160},  {"Sigma", 0x3A3},    {"THORN", 0xDE},
        {"Tau", 0x3A4},      {"Theta", 0x398},   {"Uacute", 0xDA},    {"Ucirc", 0xDB},
        {"Ugrave", 0xD9},    {"Upsilon", 0x3A5}, {"Uuml", 0xDC},      {"Xi", 0x39E},
        {"Yacute", 0xDD},    {"Yuml", 0x178},    {"Zeta", 0x396},     {"aacute", 0xE1},
        {"acirc", 0xE2},     {"acute", 0xB4},    {"aelig", 0xE6},     {"agrave", 0xE0},
        {"alefsym", 0x2135}, {"alpha", 0x3B1},   {"amp", 0x26},       {"and", 0x2227},
        {"ang", 0x2220},     {"apos", 0x27},     {"aring", 0xE5},     {"asymp", 0x2248},
        {"atilde", 0xE3},    {"auml", 0xE4},     {"bdquo", 0x201E},   {"beta", 0x3B2},
        {"brvbar", 0xA6},    {"bull", 0x2022},   {"cap", 0x2229},     {"ccedil", 0xE7},
        {"cedil", 0xB8},     {"cent", 0xA2},     {"chi", 0x3C7},      {"circ", 0x2C6},
        {"clubs", 0x2663},   {"cong", 0x2245},   {"copy", 0xA9},      {"crarr", 0x21B5},
        {"cup", 0x222A},     {"curren", 0xA4},   {"dArr", 0x21D3},    {"dagger", 0x2020},
        {"darr", 0x2193},    {"deg", 0xB0},      {"delta", 0x3B4},    {"diams", 0x2666},
        {"divide", 0xF7},    {"eacute", 0xE9},   {"ecirc", 0xEA},     {"egrave", 0xE8},
        {"empty", 0x2205},   {"emsp", 0x2003},   {"ensp", 0x2002},    {"epsilon", 0x3B5},
        {"equiv", 0x2261},   {"eta", 0x3B7},     {"eth", 0xF0},       {"euml", 0xEB},
        {"euro", 0x20AC},    {"exist", 0x2203},  {"fnof", 0x192},     {"forall", 0x2200},
        {"frac12", 0xBD},    {"frac14", 0xBC},   {"frac34", 0xBE},    {"frasl", 0x2044},
        {"gamma", 0x3B3},    {"ge", 0x2265},     {"gt", 0x3E},        {"hArr", 0x21D4},
        {"harr", 0x2194},    {"hearts", 0x2665}, {"hellip", 0x2026},  {"iacute", 0xED},
        {"icirc", 0xEE},     {"iexcl", 0xA1},    {"igrave", 0xEC},    {"image", 0x2111},
        {"infin", 0x221E},   {"int", 0x222B},    {"iota", 0x3B9},     {"iquest", 0xBF},
        {"isin", 0x2208},    {"iuml", 0xEF},     {"kappa", 0x3BA},    {"lArr", 0x21D0},
        {"lambda", 0x3BB},   {"lang", 0x2329},   {"laquo", 0xAB},     {"larr", 0x2190},
        {"lceil", 0x2308},   {"ldquo", 0x201C},  {"le", 0x2264},      {"lfloor", 0x230A},
        {"lowast", 0x2217},  {"loz", 0x25CA},    {"lrm", 0x200E},     {"lsaquo", 0x2039},
        {"lsquo", 0x2018},   {"lt", 0x3C},       {"macr", 0xAF},      {"mdash", 0x2014},
        {"micro", 0xB5},     {"middot", 0xB7},   {"minus", 0x2212},   {"mu", 0x3BC},
        {"nabla", 0x2207},   {"nbsp", 0xA0},     {"ndash", 0x2013},   {"ne", 0x2260},
        {"ni", 0x220B},      {"not", 0xAC},      {"notin", 0x2209},   {"nsub", 0x2284},
        {"ntilde", 0xF1},    {"nu", 0x3BD},      {"oacute", 0xF3},    {"ocirc", 0xF4},
        {"oelig", 0x153},    {"ograve", 0xF2},   {"oline", 0x203E},   {"omega", 0x3C9},
        {"omicron", 0x3BF},  {"oplus", 0x2295},  {"or", 0x2228},      {"ordf", 0xAA},
        {"ordm", 0xBA},      {"oslash", 0xF8},   {"otilde", 0xF5},    {"otimes", 0x2297},
        {"ouml", 0xF6},      {"para", 0xB6},     {"part", 0x2202},    {"permil", 0x2030},
        {"perp", 0x22A5},    {"phi", 0x3C6},     {"pi", 0x3C0},       {"piv", 0x3D6},
        {"plusmn", 0xB1},    {"pound", 0xA3},    {"prime", 0x2032},   {"prod", 0x220F},
        {"prop", 0x221D},    {"psi", 0x3C8},     {"quot", 0x22},      {"rArr", 0x21D2},
        {"radic", 0x221A},   {"rang", 0x232A},   {"raquo", 0xBB},     {"rarr", 0x2192},
        {"rceil", 0x2309},   {"rdquo", 0x201D},  {"real", 0x211C},    {"reg", 0xAE},
        {"rfloor", 0x230B},  {"rho", 0x3C1},     {"rlm", 0x200F},     {"rsaquo", 0x203A},
        {"rsquo", 0x2019},   {"sbquo", 0x201A},  {"scaron", 0x161},   {"sdot", 0x22C5},
        {"sect", 0xA7},      {"shy", 0xAD},      {"sigma", 0x3C3},    {"sigmaf", 0x3C2},
        {"sim", 0x223C},     {"spades", 0x2660}, {"sub", 0x2282},     {"sube", 0x2286},
        {"sum", 0x2211},     {"sup", 0x2283},    {"sup1", 0xB9},      {"sup2", 0xB2},
        {"sup3", 0xB3},      {"supe", 0x2287},   {"szlig", 0xDF},     {"tau", 0x3C4},
        {"there4", 0x2234},  {"theta", 0x3B8},   {"thetasym", 0x3D1}, {"thinsp", 0x2009},
        {"thorn", 0xFE},     {"tilde", 0x2DC},   {"times", 0xD7},     {"trade", 0x2122},
        {"uArr", 0x21D1},    {"uacute", 0xFA},   {"uarr", 0x2191},    {"ucirc", 0xFB},
        {"ugrave", 0xF9},    {"uml", 0xA8},      {"upsih", 0x3D2},    {"upsilon", 0x3C5},
        {"uuml", 0xFC},      {"weierp", 0x2118}, {"xi", 0x3BE},       {"yacute", 0xFD},
        {"yen", 0xA5},       {"yuml", 0xFF},     {"zeta", 0x3B6},     {"zwj", 0x200D},
        {"zwnj", 0x200C},
};

} // namespace

std::optional<char32_t> htmlEntityCodePoint(QStringView name)
{
    if (name.isEmpty() || name.size() > 8)
        return std::nullopt;
    char key[9] = {};
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        key[i] = char(c);
    }
    const auto less = [](const NamedEntity &e, const char *k) {
        return std::strcmp(e.name, k) < 0;
    };
    const auto *it = std::lower_bound(std::begin(kEntities), std::end(kEntities), key, less);
    if (it == std::end(kEntities) || std::strcmp(it->name, key) != 0)
        return std::nullopt;
    return it->codePoint;
}

namespace {

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// A numeric reference as browsers read it: NUL, surrogates and values past U+10FFFF become
// U+FFFD, and the C1 range means windows-1252 (&#150; is an en dash on every web page).
char32_t numericReference(char32_t v)
{
    static constexpr char16_t kC1[32] = {
            0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0xFFFD;
    if (v >= 0x80 && v <= 0x9F)
        return kC1[v - 0x80];
    return v;
}

int digitValue(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (hex && u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (hex && u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

std::optional<CharacterReference> readCharacterReference(QStringView text, qsizetype at)
{
    // text[at] is '&'.
    qsizetype i = at + 1;
    if (i < text.size() && text[i] == u'#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        while (i < text.size() && i - digitsStart < 8) {
            const int d = digitValue(text[i], hex);
            if (d < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(d);
            ++i;
        }
        if (i == digitsStart || i >= text.size() || text[i] != u';')
            return std::nullopt;
        return CharacterReference {numericReference(value), i + 1 - at};
    }
    const qsizetype nameStart = i;
    while (i < text.size() && i - nameStart <= 8 && isNameChar(text[i]))
        ++i;
    if (i == nameStart || i >= text.size() || text[i] != u';')
        return std::nullopt;
    const auto cp = htmlEntityCodePoint(text.sliced(nameStart, i - nameStart));
    if (!cp)
        return std::nullopt;
    return CharacterReference {*cp, i + 1 - at};
}

QString decodeHtmlEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&') {
            if (const auto ref = readCharacterReference(text, i)) {
                const char32_t cp = ref->codePoint;
                out.append(QStringView(QChar::fromUcs4(cp)));
                i += ref->length - 1;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

namespace {

bool isBlockTag(QStringView name)
{
    static const QStringList blocks = {
            QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("br"),
            QStringLiteral("li"),         QStringLiteral("ul"),      QStringLiteral("ol"),
            QStringLiteral("h1"),         QStringLiteral("h2"),      QStringLiteral("h3"),
            QStringLiteral("h4"),         QStringLiteral("h5"),      QStringLiteral("h6"),
            QStringLiteral("tr"),         QStringLiteral("td"),      QStringLiteral("th"),
            QStringLiteral("table"),      QStringLiteral("hr"),      QStringLiteral("blockquote"),
            QStringLiteral("pre"),        QStringLiteral("dd"),      QStringLiteral("dt"),
            QStringLiteral("section"),    QStringLiteral("article"), QStringLiteral("figure"),
            QStringLiteral("figcaption"), QStringLiteral("header"),  QStringLiteral("footer")};
    return blocks.contains(name.toString().toLower());
}

} // namespace

namespace {

// An attribute's value in a start tag's text (after its name), references still encoded.
QString attributeValue(QStringView tag, QLatin1StringView name)
{
    static const QRegularExpression attribute(QStringLiteral(
            R"re((?:^|\s)([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))re"));
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedView(1).compare(name, Qt::CaseInsensitive) == 0)
            return m.captured(2) + m.captured(3) + m.captured(4);
    }
    return {};
}

// Tags and comments dropped, the content of scripts, style sheets and the like with them; every
// block boundary becomes `blockMark`. References are still encoded. With `images`, an <img>
// becomes its index in `images` (src, alt) between two `imageMark`s, in the text where it was:
// the paragraphs stay exactly what they are without images.
QString stripTags(QStringView html, QChar blockMark,
                  QList<std::pair<QString, QString>> *images = nullptr, QChar imageMark = {})
{
    QString stripped;
    stripped.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c != u'<' || i + 1 >= html.size()
            || !(html[i + 1].isLetter() || html[i + 1] == u'/' || html[i + 1] == u'!'
                 || html[i + 1] == u'?')) {
            stripped.append(c);
            continue;
        }
        if (html.sliced(i).startsWith(QLatin1String("<!--"))) {
            // An unclosed comment runs to the end, as in a browser.
            const qsizetype close = html.indexOf(QLatin1String("-->"), i + 4);
            const qsizetype end = html.indexOf(u'>', i + 4);
            i = close >= 0 ? close + 2 : end >= 0 ? end : html.size();
            continue;
        }
        const qsizetype end = html.indexOf(u'>', i + 1);
        if (end < 0) { // not a tag after all: "<!DOCTYPE" in a title is text
            stripped.append(html.sliced(i));
            break;
        }
        qsizetype nameStart = i + 1;
        if (html[nameStart] == u'/')
            ++nameStart;
        qsizetype nameEnd = nameStart;
        while (nameEnd < end && html[nameEnd].isLetterOrNumber())
            ++nameEnd;
        const QStringView name = html.sliced(nameStart, nameEnd - nameStart);
        i = end;
        // Scripts and style sheets are no text; their content goes with them.
        if (html[nameStart - 1] != u'/'
            && (name.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0
                || name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0
                || name.compare(QLatin1String("noscript"), Qt::CaseInsensitive) == 0
                || name.compare(QLatin1String("template"), Qt::CaseInsensitive) == 0)) {
            const qsizetype close =
                    html.indexOf(QString(QLatin1String("</") + name), end, Qt::CaseInsensitive);
            const qsizetype closeEnd = close >= 0 ? html.indexOf(u'>', close) : -1;
            i = closeEnd >= 0 ? closeEnd : html.size();
            continue;
        }
        if (images && html[nameStart - 1] != u'/'
            && name.compare(QLatin1String("img"), Qt::CaseInsensitive) == 0) {
            const QStringView tag = html.sliced(nameEnd, end - nameEnd);
            QString src = attributeValue(tag, QLatin1StringView("src"));
            if (src.isEmpty() || src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
                src = attributeValue(tag, QLatin1StringView("data-src"));
            // Sized as an icon or an emoji in the markup: no figure, not worth a request.
            const auto side = [&](QLatin1StringView attribute) {
                bool ok = false;
                const int pixels = attributeValue(tag, attribute).toInt(&ok);
                return ok ? pixels : -1;
            };
            const int width = side(QLatin1StringView("width"));
            const int height = side(QLatin1StringView("height"));
            const bool tiny = (width >= 0 && width < 80) || (height >= 0 && height < 80);
            if (!src.isEmpty() && !tiny) {
                stripped.append(imageMark);
                stripped.append(QString::number(images->size()));
                stripped.append(imageMark);
                images->append({src, attributeValue(tag, QLatin1StringView("alt"))});
            }
            continue;
        }
        // A line break or a block boundary keeps the words apart.
        if (isBlockTag(name))
            stripped.append(blockMark);
    }
    return stripped;
}

} // namespace

QString htmlToPlainText(QStringView html)
{
    return collapseWhitespace(decodeHtmlEntities(stripTags(html, u' ')));
}

HtmlText htmlToText(QStringView html)
{
    // Block boundaries become U+001E (record separator), images their number between two U+001F
    // (unit separator): text never holds either.
    constexpr char16_t kMark = 0x1E;
    constexpr char16_t kImage = 0x1F;
    QString source = html.toString();
    // Control characters in the source must not split anything or pose as an image.
    source.remove(QChar(kMark));
    source.remove(QChar(kImage));
    QList<std::pair<QString, QString>> images;
    // Split before references are decoded: a decoded &#31; is text, never a marker.
    const QString text = stripTags(source, QChar(kMark), &images, QChar(kImage));
    HtmlText out;
    for (const QStringView part : QStringView(text).split(QChar(kMark))) {
        // An image inside a paragraph stands before it.
        QString plain;
        const QList<QStringView> pieces = part.split(QChar(kImage));
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i % 2 == 0) {
                plain += decodeHtmlEntities(pieces.at(i));
                continue;
            }
            const auto &[src, alt] = images.at(pieces.at(i).toInt());
            out.images.append(HtmlImage {decodeHtmlEntities(src).trimmed(),
                                         collapseWhitespace(decodeHtmlEntities(alt)),
                                         out.paragraphs.size()});
        }
        const QString paragraph = collapseWhitespace(plain);
        if (!paragraph.isEmpty())
            out.paragraphs.append(paragraph);
    }
    return out;
}

QStringList htmlToParagraphs(QStringView html)
{
    // Block boundaries become U+001E (record separator), which text never holds.
    constexpr char16_t kMark = 0x1E;
    QString source = html.toString();
    source.remove(QChar(kMark)); // a control character in the source must not split anything
    const QString text = decodeHtmlEntities(stripTags(source, QChar(kMark)));
    QStringList paragraphs;
    for (const QStringView part : QStringView(text).split(QChar(kMark))) {
        const QString paragraph = collapseWhitespace(part);
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
    }
    return paragraphs;
}

QString collapseWhitespace(QStringView text)
{
    // QString::simplified() would take no-break spaces too, which authors put there on purpose.
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

} // namespace newsmark
