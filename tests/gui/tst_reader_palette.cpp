// The reader's highlight palette as Chromium renders it: every highlight kind and note colour,
// in the light and the dark theme, read back with getComputedStyle from the real page and
// measured — CIEDE2000 between every pair of fills composited over the page, for normal vision
// and under the Machado et al. (2009) simulations of protanopia, deuteranopia and tritanopia;
// WCAG contrast of the text on every fill and of every underline against the page.

#include "import/article_parser.h"
#include "render/reader_page.h"
#include "window_test_base.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QWebEnginePage>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace newsmark;

namespace {

constexpr double kMinDeltaNormal = 10.0;
constexpr double kMinDeltaSimulated = 6.0;
constexpr double kMinTextContrast = 4.5; // WCAG AA, body text
constexpr double kMinLineContrast = 3.0; // WCAG 1.4.11, graphical objects

using Rgb = std::array<double, 3>; // 0..255
using Lab = std::array<double, 3>;

enum class Vision { Normal, Protanopia, Deuteranopia, Tritanopia };
constexpr std::array kVisions {Vision::Normal, Vision::Protanopia, Vision::Deuteranopia,
                               Vision::Tritanopia};

const char *visionName(Vision v)
{
    switch (v) {
    case Vision::Normal: return "normal";
    case Vision::Protanopia: return "protanopia";
    case Vision::Deuteranopia: return "deuteranopia";
    case Vision::Tritanopia: return "tritanopia";
    }
    return "";
}

double toLinear(double c)
{
    c /= 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double fromLinear(double v)
{
    v = std::clamp(v, 0.0, 1.0);
    return 255.0 * (v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055);
}

// Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
Rgb simulate(const Rgb &rgb, Vision vision)
{
    using M = std::array<std::array<double, 3>, 3>;
    static const M protan {{{0.152286, 1.052583, -0.204868},
                            {0.114503, 0.786281, 0.099216},
                            {-0.003882, -0.048116, 1.051998}}};
    static const M deutan {{{0.367322, 0.860646, -0.227968},
                            {0.280085, 0.672501, 0.047413},
                            {-0.011820, 0.042940, 0.968881}}};
    static const M tritan {{{1.255528, -0.076749, -0.178779},
                            {-0.078411, 0.930809, 0.147602},
                            {0.004733, 0.691367, 0.303900}}};
    const M *m = vision == Vision::Protanopia ? &protan
            : vision == Vision::Deuteranopia  ? &deutan
            : vision == Vision::Tritanopia    ? &tritan
                                              : nullptr;
    if (!m)
        return rgb;
    const Rgb lin {toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])};
    Rgb out {};
    for (int i = 0; i < 3; ++i)
        out[i] = fromLinear((*m)[i][0] * lin[0] + (*m)[i][1] * lin[1] + (*m)[i][2] * lin[2]);
    return out;
}

Lab toLab(const Rgb &rgb)
{
    const double r = toLinear(rgb[0]), g = toLinear(rgb[1]), b = toLinear(rgb[2]);
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deg(double rad)
{
    return rad * 180.0 / M_PI;
}
double rad(double deg)
{
    return deg * M_PI / 180.0;
}

// CIEDE2000 (Sharma, Wu and Dalal 2005), kL = kC = kH = 1.
double deltaE2000(const Lab &p, const Lab &q)
{
    const double c1 = std::hypot(p[1], p[2]), c2 = std::hypot(q[1], q[2]);
    const double cBar7 = std::pow((c1 + c2) / 2, 7);
    const double g = 0.5 * (1 - std::sqrt(cBar7 / (cBar7 + std::pow(25.0, 7))));
    const double a1 = (1 + g) * p[1], a2 = (1 + g) * q[1];
    const double c1p = std::hypot(a1, p[2]), c2p = std::hypot(a2, q[2]);
    const auto hue = [](double b, double a) {
        if (a == 0 && b == 0)
            return 0.0;
        const double h = deg(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1 = hue(p[2], a1), h2 = hue(q[2], a2);
    const double dL = q[0] - p[0];
    const double dC = c2p - c1p;
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(rad(dh / 2));
    const double lBar = (p[0] + q[0]) / 2;
    const double cBar = (c1p + c2p) / 2;
    double hBar = h1 + h2;
    if (c1p * c2p != 0) {
        if (std::abs(h1 - h2) <= 180)
            hBar = (h1 + h2) / 2;
        else
            hBar = (h1 + h2 < 360) ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(rad(hBar - 30)) + 0.24 * std::cos(rad(2 * hBar))
            + 0.32 * std::cos(rad(3 * hBar + 6)) - 0.20 * std::cos(rad(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double cBarP7 = std::pow(cBar, 7);
    const double rC = 2 * std::sqrt(cBarP7 / (cBarP7 + std::pow(25.0, 7)));
    const double sL = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sC = 1 + 0.045 * cBar;
    const double sH = 1 + 0.015 * cBar * t;
    const double rT = -std::sin(rad(2 * dTheta)) * rC;
    return std::sqrt(std::pow(dL / sL, 2) + std::pow(dC / sC, 2) + std::pow(dH / sH, 2)
                     + rT * (dC / sC) * (dH / sH));
}

double luminance(const Rgb &c)
{
    return 0.2126 * toLinear(c[0]) + 0.7152 * toLinear(c[1]) + 0.0722 * toLinear(c[2]);
}

double contrast(const Rgb &a, const Rgb &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Rgba
{
    Rgb rgb {};
    double alpha = 0;
};

// "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)", as getComputedStyle gives colours.
std::optional<Rgba> parseColor(const QString &css)
{
    static const QRegularExpression re(
            uR"(^rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)$)"_s);
    const auto m = re.match(css.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    Rgba c;
    c.rgb = {m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble()};
    c.alpha = m.captured(4).isEmpty() ? 1.0 : m.captured(4).toDouble();
    return c;
}

Rgb over(const Rgba &top, const Rgb &bottom)
{
    Rgb out {};
    for (int i = 0; i < 3; ++i)
        out[i] = top.alpha * top.rgb[i] + (1 - top.alpha) * bottom[i];
    return out;
}

QString hex(const Rgb &c)
{
    return u"#%1%2%3"_s.arg(qRound(c[0]), 2, 16, QLatin1Char('0'))
            .arg(qRound(c[1]), 2, 16, QLatin1Char('0'))
            .arg(qRound(c[2]), 2, 16, QLatin1Char('0'));
}

// An original text with one mark of every kind (the spans are placed by hand: this is about
// how they look, not about finding them) and a note of every colour.
const QString kArticle = uR"nm(경제
오늘의 표시 견본
김하늘 대표와 한빛전자, 부산에서 3월 2일 오후 3시 세 번째 만남. 투자 5000억원, 지분 40%, 직원 120명.
노랑 초록 파랑 분홍 보라 주황
)nm"_s;

struct Sample
{
    QString key; // what the failure messages call it
    QString selector;
};

} // namespace

class TestReaderPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void highlightsAreDistinguishable_data();
    void highlightsAreDistinguishable();

private:
    QString renderedPage(bool dark) const;
    std::unique_ptr<QWebEnginePage> m_page;
};

void TestReaderPalette::initTestCase()
{
    m_page = std::make_unique<QWebEnginePage>();
}

void TestReaderPalette::cleanupTestCase()
{
    m_page.reset();
}

QString TestReaderPalette::renderedPage(bool dark) const
{
    Result<Article> parsed = parseArticleText(kArticle);
    if (!parsed)
        return {};
    const Article article = std::move(parsed).value();
    const QString text = article.canonicalText();
    QList<Span> spans;
    const auto add = [&](const QString &words, SpanKind kind) {
        const qsizetype at = text.indexOf(words);
        if (at >= 0)
            spans.append({at, at + words.size(), kind, std::nullopt, {}});
    };
    add(u"김하늘"_s, SpanKind::Person);
    add(u"한빛전자"_s, SpanKind::Organization);
    add(u"부산"_s, SpanKind::Location);
    add(u"3월 2일"_s, SpanKind::Date);
    add(u"오후 3시"_s, SpanKind::Time);
    add(u"세 번째"_s, SpanKind::Count);
    add(u"5000억원"_s, SpanKind::Money);
    add(u"40%"_s, SpanKind::Percent);
    add(u"120명"_s, SpanKind::Quantity);
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    ReaderPageOptions options;
    options.theme = dark ? ReaderTheme::Dark : ReaderTheme::Light;
    options.standalone = true; // the stylesheet inlined: the very reader.css, no scheme needed
    const QStringList colors {u"yellow"_s, u"green"_s,  u"blue"_s,
                              u"pink"_s,   u"purple"_s, u"orange"_s};
    const QStringList words {u"노랑"_s, u"초록"_s, u"파랑"_s, u"분홍"_s, u"보라"_s, u"주황"_s};
    for (qsizetype i = 0; i < colors.size(); ++i) {
        const qsizetype at = text.indexOf(words.at(i));
        options.notes.append({u"note-%1"_s.arg(i), colors.at(i), at, at + 2, {}});
    }
    return ReaderPage::render(article, spans, options);
}

void TestReaderPalette::highlightsAreDistinguishable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestReaderPalette::highlightsAreDistinguishable()
{
    QFETCH(bool, dark);
    QSignalSpy loaded(m_page.get(), &QWebEnginePage::loadFinished);
    const QString html = renderedPage(dark);
    QVERIFY(!html.isEmpty());
    m_page->setHtml(html, QUrl(u"about:blank"_s));
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.first().first().toBool());

    QList<Sample> samples;
    for (const QString &kind : {u"person"_s, u"org"_s, u"location"_s, u"money"_s, u"percent"_s,
                                u"quantity"_s, u"date"_s, u"time"_s, u"count"_s})
        samples.append({kind, u"mark.nm-span.nm-"_s + kind});
    for (const QString &color :
         {u"yellow"_s, u"green"_s, u"blue"_s, u"pink"_s, u"purple"_s, u"orange"_s})
        samples.append({u"note-"_s + color, u"mark.nm-note.nm-note-"_s + color});

    QStringList selectors;
    for (const Sample &s : std::as_const(samples))
        selectors << u"'%1'"_s.arg(s.selector);
    const QString script = uR"js((function () {
  const page = getComputedStyle(document.documentElement).backgroundColor;
  const out = { page: page, marks: [] };
  for (const sel of [%1]) {
    const m = document.querySelector(sel);
    if (!m) { out.marks.push(null); continue; }
    const s = getComputedStyle(m);
    out.marks.push({ bg: s.backgroundColor, fg: s.color, line: s.textDecorationLine,
                     lineStyle: s.textDecorationStyle, lineColor: s.textDecorationColor,
                     bar: s.borderBottomStyle !== 'none' ? s.borderBottomColor : '' });
  }
  return JSON.stringify(out);
})())js"_s.arg(selectors.join(u", "_s));
    const QJsonObject result =
            QJsonDocument::fromJson(evaluateString(m_page.get(), script).toUtf8()).object();
    const auto page = parseColor(result.value(u"page"_s).toString());
    QVERIFY2(page && page->alpha == 1.0, qPrintable(result.value(u"page"_s).toString()));
    const QJsonArray marks = result.value(u"marks"_s).toArray();
    QCOMPARE(marks.size(), samples.size());

    struct Look
    {
        QString key;
        Rgb fill; // composited over the page
        bool filled = false;
        Rgb text;
        QString lineStyle; // the underline's style, empty without one
        Rgb line;
    };
    QList<Look> looks;
    QStringList figures;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonObject m = marks.at(i).toObject();
        QVERIFY2(!m.isEmpty(), qPrintable(u"no mark for "_s + samples.at(i).selector));
        const auto bg = parseColor(m.value(u"bg"_s).toString());
        const auto fg = parseColor(m.value(u"fg"_s).toString());
        QVERIFY2(bg && fg, qPrintable(samples.at(i).key));
        Look look;
        look.key = samples.at(i).key;
        look.fill = over(*bg, page->rgb);
        look.text = over(*fg, look.fill);
        look.filled = deltaE2000(toLab(look.fill), toLab(page->rgb)) > 0.5;
        if (m.value(u"line"_s).toString().contains(u"underline"_s)) {
            look.lineStyle = m.value(u"lineStyle"_s).toString();
            const auto line = parseColor(m.value(u"lineColor"_s).toString());
            QVERIFY(line);
            look.line = over(*line, page->rgb);
        }
        looks.append(look);
        figures << u"%1 fill %2 text %3%4"_s.arg(
                look.key, hex(look.fill), hex(look.text),
                look.lineStyle.isEmpty()
                        ? QString()
                        : u" underline %1 %2"_s.arg(look.lineStyle, hex(look.line)));
    }

    QStringList failures;
    // Text on every highlight, and every underline against the page.
    for (const Look &l : std::as_const(looks)) {
        const double c = contrast(l.text, l.fill);
        figures << u"contrast %1: %2"_s.arg(l.key).arg(c, 0, 'f', 2);
        if (c < kMinTextContrast)
            failures << u"%1: text contrast %2 < %3"_s.arg(l.key)
                                .arg(c, 0, 'f', 2)
                                .arg(kMinTextContrast);
        if (!l.filled && l.lineStyle.isEmpty())
            failures << u"%1: neither a fill nor an underline"_s.arg(l.key);
        if (!l.lineStyle.isEmpty() && !l.filled) {
            const double lc = contrast(l.line, page->rgb);
            if (lc < kMinLineContrast)
                failures << u"%1: underline contrast %2 < %3"_s.arg(l.key)
                                    .arg(lc, 0, 'f', 2)
                                    .arg(kMinLineContrast);
        }
    }
    // Every pair: two fills (and a fill against the page) by colour; two underlines by style
    // and colour; a fill and an underline differ in form already.
    for (const Vision vision : kVisions) {
        const double min = vision == Vision::Normal ? kMinDeltaNormal : kMinDeltaSimulated;
        const auto lab = [vision](const Rgb &c) { return toLab(simulate(c, vision)); };
        double worst = 1e9;
        QString worstPair;
        const auto measure = [&](const QString &a, const QString &b, const Rgb &ca, const Rgb &cb) {
            const double d = deltaE2000(lab(ca), lab(cb));
            if (d < worst) {
                worst = d;
                worstPair = a + u" / "_s + b;
            }
            if (d < min)
                failures << u"%1 / %2 under %3 vision: ΔE2000 %4 < %5"_s.arg(a, b)
                                    .arg(QLatin1String(visionName(vision)))
                                    .arg(d, 0, 'f', 1)
                                    .arg(min);
        };
        for (qsizetype i = 0; i < looks.size(); ++i) {
            const Look &a = looks.at(i);
            if (a.filled)
                measure(a.key, u"page"_s, a.fill, page->rgb);
            for (qsizetype j = i + 1; j < looks.size(); ++j) {
                const Look &b = looks.at(j);
                if (a.filled && b.filled) {
                    measure(a.key, b.key, a.fill, b.fill);
                } else if (!a.filled && !b.filled) {
                    if (a.lineStyle == b.lineStyle)
                        failures << u"%1 / %2: the same underline style (%3)"_s.arg(a.key, b.key,
                                                                                    a.lineStyle);
                    measure(a.key, b.key, a.line, b.line);
                }
            }
        }
        figures << u"closest pair under %1 vision: %2, ΔE2000 %3"_s
                           .arg(QLatin1String(visionName(vision)), worstPair)
                           .arg(worst, 0, 'f', 1);
    }
    qInfo().noquote() << figures.join(u'\n');
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

NEWSMARK_GUI_TEST_MAIN(TestReaderPalette)

#include "tst_reader_palette.moc"
