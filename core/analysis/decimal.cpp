#include "analysis/decimal.h"

#include <QStringBuilder>

#include <algorithm>
#include <limits>

namespace newsmark {

namespace {

// 10^38 is past Int128's range; 36 digits leave room for two more digits of alignment.
constexpr int kMaxScale = 30;
constexpr int kMaxDigits = 36;

// Powers of ten up to 10^38, the largest Int128 holds; a table because scaling by 만/억/조 and
// aligning decimals happen at every number the recogniser reads.
struct Powers
{
    Int128 p[39] = {};
    constexpr Powers()
    {
        p[0] = 1;
        for (int i = 1; i < 39; ++i)
            p[i] = p[i - 1] * 10;
    }
};
constexpr Powers kPowers;

constexpr Int128 pow10(int n)
{
    return kPowers.p[n];
}

bool mulOverflows(Int128 a, Int128 b, Int128 *out)
{
    return __builtin_mul_overflow(a, b, out);
}

// Brings both mantissas to the larger scale; false if that overflows.
bool align(Int128 &a, int aScale, Int128 &b, int bScale, int *scale)
{
    *scale = std::max(aScale, bScale);
    if (aScale < *scale && mulOverflows(a, pow10(*scale - aScale), &a))
        return false;
    if (bScale < *scale && mulOverflows(b, pow10(*scale - bScale), &b))
        return false;
    return true;
}

QString digitsOf(Int128 magnitude)
{
    if (magnitude == 0)
        return QStringLiteral("0");
    char buf[48];
    int pos = sizeof(buf);
    while (magnitude > 0) {
        buf[--pos] = char('0' + int(magnitude % 10));
        magnitude /= 10;
    }
    return QString::fromLatin1(buf + pos, qsizetype(sizeof(buf)) - pos);
}

QString grouped(const QString &digits)
{
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return out;
}

} // namespace

std::optional<Decimal> Decimal::make(Int128 mantissa, int scale)
{
    // Most values fit 64 bits, where stripping a trailing zero is a multiplication rather than a
    // call into the 128-bit division routine; and they are far inside the digit limit.
    if (mantissa >= std::numeric_limits<qint64>::min()
        && mantissa <= std::numeric_limits<qint64>::max()) {
        auto m = qint64(mantissa);
        while (scale > 0 && m % 10 == 0) {
            m /= 10;
            --scale;
        }
        if (scale > kMaxScale)
            return std::nullopt;
        Decimal d;
        d.m_mantissa = m;
        d.m_scale = scale;
        return d;
    }
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    if (scale > kMaxScale)
        return std::nullopt;
    // The same bound parse() applies, so every value's toString() parses back.
    constexpr Int128 limit = pow10(kMaxDigits);
    if (mantissa >= limit || mantissa <= -limit)
        return std::nullopt;
    Decimal d;
    d.m_mantissa = mantissa;
    d.m_scale = scale;
    return d;
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    Int128 mantissa = 0;
    int scale = 0;
    int digits = 0;
    bool seen = false;
    bool negative = false;
    bool point = false;
    qsizetype i = 0;
    if (!text.isEmpty() && text.front() == QLatin1Char('-')) {
        negative = true;
        ++i;
    }
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            // Leading zeros carry no digits of the mantissa.
            if ((mantissa != 0 || c != u'0') && ++digits > kMaxDigits)
                return std::nullopt;
            seen = true;
            mantissa = mantissa * 10 + (c - u'0');
            if (point)
                ++scale;
        } else if (c == u'.' && !point) {
            point = true;
        } else if (c != u',' || point) {
            return std::nullopt;
        }
    }
    if (!seen)
        return std::nullopt;
    return make(negative ? -mantissa : mantissa, scale);
}

QString Decimal::toString() const
{
    const QString digits = digitsOf(m_mantissa < 0 ? -m_mantissa : m_mantissa);
    QString body;
    if (m_scale == 0)
        body = digits;
    else if (digits.size() > m_scale)
        body = digits.left(digits.size() - m_scale) % QLatin1Char('.') % digits.right(m_scale);
    else
        body = QStringLiteral("0.") % QString(m_scale - digits.size(), QLatin1Char('0')) % digits;
    return m_mantissa < 0 ? QLatin1Char('-') % body : body;
}

QString Decimal::toGroupedString() const
{
    const QString plain = toString();
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QStringView body = QStringView(plain).mid(negative ? 1 : 0);
    const qsizetype point = body.indexOf(QLatin1Char('.'));
    const QString intPart = grouped(body.left(point < 0 ? body.size() : point).toString());
    const QString out = point < 0 ? intPart : intPart % body.mid(point);
    return negative ? QLatin1Char('-') % out : out;
}

double Decimal::toDouble() const
{
    return double(m_mantissa) / double(pow10(m_scale));
}

Decimal Decimal::abs() const
{
    Decimal d = *this;
    if (d.m_mantissa < 0)
        d.m_mantissa = -d.m_mantissa;
    return d;
}

std::optional<Decimal> Decimal::added(const Decimal &other) const
{
    // Both are canonical, so adding zero needs no arithmetic: number parsing starts every sum
    // from zero.
    if (m_mantissa == 0)
        return other;
    if (other.m_mantissa == 0)
        return *this;
    Int128 a = m_mantissa;
    Int128 b = other.m_mantissa;
    int scale = 0;
    Int128 sum = 0;
    if (!align(a, m_scale, b, other.m_scale, &scale) || __builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return make(sum, scale);
}

std::optional<Decimal> Decimal::subtracted(const Decimal &other) const
{
    Decimal negated = other;
    negated.m_mantissa = -negated.m_mantissa;
    return added(negated);
}

std::optional<Decimal> Decimal::multiplied(const Decimal &other) const
{
    Int128 product = 0;
    if (mulOverflows(m_mantissa, other.m_mantissa, &product))
        return std::nullopt;
    return make(product, m_scale + other.m_scale);
}

std::optional<Decimal> Decimal::shifted(int power) const
{
    if (power == 0 || m_mantissa == 0)
        return *this; // already canonical
    if (power >= 0) {
        if (power > kMaxDigits)
            return isZero() ? std::optional<Decimal>(*this) : std::nullopt;
        Int128 m = 0;
        if (m_scale >= power)
            return make(m_mantissa, m_scale - power);
        if (mulOverflows(m_mantissa, pow10(power - m_scale), &m))
            return std::nullopt;
        return make(m, 0);
    }
    return make(m_mantissa, m_scale - power);
}

std::optional<Decimal> Decimal::divided(const Decimal &divisor, int fractionDigits) const
{
    if (divisor.isZero() || fractionDigits < 0 || fractionDigits > kMaxScale)
        return std::nullopt;
    // (a / 10^sa) / (b / 10^sb) = a * 10^(sb - sa) / b; one extra digit decides the rounding.
    const int power = fractionDigits + 1 + divisor.m_scale - m_scale;
    Int128 numerator = m_mantissa;
    Int128 denominator = divisor.m_mantissa;
    if (power >= 0) {
        if (power > kMaxDigits || mulOverflows(numerator, pow10(power), &numerator))
            return std::nullopt;
    } else if (-power > kMaxDigits || mulOverflows(denominator, pow10(-power), &denominator)) {
        return std::nullopt;
    }
    Int128 q = numerator / denominator;
    const Int128 last = q % 10;
    q /= 10;
    if (last >= 5)
        ++q;
    else if (last <= -5)
        --q;
    return make(q, fractionDigits);
}

Decimal Decimal::rounded(int digits) const
{
    if (digits < 0 || m_scale <= digits)
        return *this;
    Int128 q = m_mantissa / pow10(m_scale - digits - 1);
    const Int128 last = q % 10;
    q /= 10;
    if (last >= 5)
        ++q;
    else if (last <= -5)
        --q;
    return make(q, digits).value_or(*this);
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    Int128 x = a.m_mantissa;
    Int128 y = b.m_mantissa;
    int scale = 0;
    if (align(x, a.m_scale, y, b.m_scale, &scale))
        return x < y ? std::strong_ordering::less
                     : (x > y ? std::strong_ordering::greater : std::strong_ordering::equal);
    // Only values 10^30 apart in scale get here; their doubles order them correctly.
    const double dx = a.toDouble();
    const double dy = b.toDouble();
    return dx < dy ? std::strong_ordering::less : std::strong_ordering::greater;
}

} // namespace newsmark
