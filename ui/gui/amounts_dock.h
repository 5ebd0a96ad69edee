#pragma once

#include "analysis/amount_conversion.h"

#include <QDockWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace newsmark {
struct Span;
}

namespace newsmark::gui {

class GuiSettings;
class ReaderView;

// The Amounts panel: the shown article's money, percentages and quantities in reading order,
// read out exactly and in the other language's scales, converted to the user's currency at the
// article's own rate or the user's, with the figures that disagree with each other flagged.
// A click on a row scrolls the reader to that amount.
class AmountsDock final : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { WrittenColumn, ExactColumn, ReadingColumn, ConvertedColumn, ColumnCount };

    // Reads the article from `reader` whenever it changes and hands the conversion back to it.
    AmountsDock(GuiSettings &settings, ReaderView &reader, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AmountsDock)

    [[nodiscard]] QTreeWidget *amountList() const { return m_list; }
    [[nodiscard]] QTreeWidget *disagreementList() const { return m_disagreements; }
    [[nodiscard]] const ConversionChoice &conversion() const { return m_choice; }

    // Empty for no conversion; otherwise one of conversionCurrencies().
    void setCurrency(const QString &code);
    void setUseArticleRate(bool useArticleRate);
    // The user's rate for the pair the rate box shows (rateBase() → rateQuote()).
    void setUserRate(double rate);
    // Reads the currency, the rate source and the user's rates from the settings again (the
    // Preferences changed them).
    void reloadSettings();
    [[nodiscard]] QString rateBase() const { return m_pair.base; }
    [[nodiscard]] QString rateQuote() const { return m_pair.quote; }

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fillAmounts();
    void fillDisagreements();
    void updateConversion();
    void updateRateControls();
    void onChoiceChanged();
    void scrollReaderTo(const QTreeWidgetItem *item);
    void selectSpan(const Span &span);
    [[nodiscard]] QString placeOf(qsizetype offset) const;
    // Korean-written amounts read out in English scales and the rest in Korean ones.
    [[nodiscard]] QString otherReading(const Amount &amount, QStringView written) const;
    // A converted amount, short: won in Korean scales, other currencies in English ones.
    [[nodiscard]] static QString convertedReading(const Amount &amount);
    [[nodiscard]] static QString wrappableFigure(const QString &figure);
    void fitRowHeights();

    GuiSettings &m_settings;
    ReaderView &m_reader;
    ConversionChoice m_choice;
    CurrencyPair m_pair;
    QList<Span> m_amounts;
    QList<ImpliedRate> m_implied;
    QString m_text;

    QComboBox *m_currency = nullptr;
    QComboBox *m_rateSource = nullptr;
    QLabel *m_pairLabel = nullptr;
    QDoubleSpinBox *m_userRate = nullptr;
    QLabel *m_rateInfo = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QSplitter *m_split = nullptr;
    QTreeWidget *m_list = nullptr;
    QWidget *m_disagreePane = nullptr; // hidden when nothing disagrees, so the list has the room
    QLabel *m_disagreeTitle = nullptr;
    QTreeWidget *m_disagreements = nullptr;
    QLabel *m_verdict = nullptr; // which figure is the odd one out, in words
    // The reader re-renders on a new conversion; a burst of changes is rendered once.
    QTimer *m_pushTimer = nullptr;
};

} // namespace newsmark::gui
