#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace newsmark {

// GCC and clang both have a 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

// An exact decimal number: a 128-bit mantissa and a count of digits after the point. Amounts in
// news reach 10^20 (9,999경) and carry a few decimals (3.5억), far inside its 38 digits, and sums
// like 1조 2,345억 6,789만 stay exact where a double would drift. Arithmetic that would overflow
// returns std::nullopt instead of a wrong number.
class Decimal final
{
public:
    constexpr Decimal() = default;
    static constexpr Decimal fromInteger(qint64 value)
    {
        Decimal d;
        d.m_mantissa = value;
        return d;
    }
    // "123", "-1.50", "1,234.5" (commas are skipped); nullopt for anything else or > 36 digits.
    static std::optional<Decimal> parse(QStringView text);

    // The canonical form the JSON carries: "500000000000", "3.5", "-0.25"; never an exponent.
    [[nodiscard]] QString toString() const;
    // Thousands separated: "1,234,567.5".
    [[nodiscard]] QString toGroupedString() const;
    [[nodiscard]] double toDouble() const;

    [[nodiscard]] bool isZero() const { return m_mantissa == 0; }
    [[nodiscard]] bool isNegative() const { return m_mantissa < 0; }
    [[nodiscard]] bool isInteger() const { return m_scale == 0; }
    // Digits after the point in the canonical form.
    [[nodiscard]] int fractionDigits() const { return m_scale; }
    [[nodiscard]] Decimal abs() const;

    [[nodiscard]] std::optional<Decimal> added(const Decimal &other) const;
    [[nodiscard]] std::optional<Decimal> subtracted(const Decimal &other) const;
    [[nodiscard]] std::optional<Decimal> multiplied(const Decimal &other) const;
    // Times 10^power; a negative power moves the point left and stays exact.
    [[nodiscard]] std::optional<Decimal> shifted(int power) const;
    // The quotient rounded half away from zero to `fractionDigits` digits; nullopt on / 0.
    [[nodiscard]] std::optional<Decimal> divided(const Decimal &divisor,
                                                 int fractionDigits = 12) const;
    // Rounded half away from zero to `digits` digits after the point.
    [[nodiscard]] Decimal rounded(int digits) const;

    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);
    friend bool operator==(const Decimal &a, const Decimal &b) = default;

private:
    static std::optional<Decimal> make(Int128 mantissa, int scale);

    // value = m_mantissa / 10^m_scale; canonical: no trailing zeros in the mantissa when
    // m_scale > 0, so equal values compare equal member by member.
    Int128 m_mantissa = 0;
    int m_scale = 0;
};

} // namespace newsmark
