#include "preferences_dialog.h"

#include "analysis/amount_conversion.h"
#include "analysis/span.h"
#include "file_dialogs.h"
#include "gui_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

enum Tab { GeneralTab, ReaderTab, AmountsTab };
enum RateColumn { BaseColumn, RateValueColumn, QuoteColumn };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

Preferences Preferences::fromSettings(const GuiSettings &settings)
{
    Preferences p;
    p.uiLanguage = settings.uiLanguage();
    p.theme = settings.theme();
    p.fontFamily = settings.readerFontFamily();
    p.fontSize = settings.readerFontSize();
    p.hiddenKinds = settings.hiddenHighlightKinds();
    p.currency = settings.amountsCurrency();
    p.useArticleRate = settings.amountsUseArticleRate();
    p.rates = settings.amountsUserRates();
    p.backgroundIndexing = settings.backgroundIndexing();
    return p;
}

void Preferences::save(GuiSettings &settings) const
{
    settings.setUiLanguage(uiLanguage);
    settings.setTheme(theme);
    settings.setReaderFontFamily(fontFamily);
    settings.setReaderFontSize(fontSize);
    settings.setHiddenHighlightKinds(hiddenKinds);
    settings.setAmountsCurrency(currency);
    settings.setAmountsUseArticleRate(useArticleRate);
    settings.setAmountsUserRates(rates);
    settings.setBackgroundIndexing(backgroundIndexing);
    settings.sync();
}

PreferencesDialog::PreferencesDialog(const Preferences &current, const QString &libraryPath,
                                     QWidget *parent)
    : QDialog(parent)
    , m_applied(current)
    , m_pages(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
              QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_pages->setObjectName(u"preferencesPages"_s);
    m_pages->addTab(createGeneralPage(libraryPath), tr("&General"));
    m_pages->addTab(createReaderPage(), tr("&Reader"));
    m_pages->addTab(createAmountsPage(), tr("&Amounts"));

    m_error->setObjectName(u"preferencesError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    load(current);

    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        switch (m_buttons->buttonRole(button)) {
        case QDialogButtonBox::AcceptRole:
            if (apply())
                accept();
            break;
        case QDialogButtonBox::ApplyRole: apply(); break;
        default: reject(); break;
        }
    });
    connect(m_font, &QComboBox::currentIndexChanged, this, &PreferencesDialog::previewFont);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &PreferencesDialog::previewFont);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_applied.uiLanguage);
    });
    resize(sizeHint().expandedTo(QSize(560, 460)));
}

QWidget *PreferencesDialog::createGeneralPage(const QString &libraryPath)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *form = new QFormLayout;
    m_language = new QComboBox(page);
    m_language->setObjectName(u"preferencesLanguage"_s);
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(system.isEmpty() ? tr("As the system")
                                         : tr("As the system (%1)").arg(system),
                        QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"한국어"_s, u"ko"_s);
    m_languageNote = new QLabel(tr("Newsmark shows the new language when it starts again."), page);
    m_languageNote->setObjectName(u"preferencesLanguageNote"_s);
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    auto *languageBox = new QVBoxLayout;
    languageBox->addWidget(m_language);
    languageBox->addWidget(m_languageNote);
    form->addRow(tr("&Language:"), languageBox);
    static_cast<QLabel *>(form->labelForField(languageBox))->setBuddy(m_language);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"preferencesTheme"_s);
    m_theme->addItem(tr("As the system"), themeChoiceKey(ThemeChoice::System));
    m_theme->addItem(tr("Light"), themeChoiceKey(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), themeChoiceKey(ThemeChoice::Dark));
    form->addRow(tr("&Theme:"), m_theme);
    layout->addLayout(form);

    auto *library = new QGroupBox(tr("Library"), page);
    auto *libraryLayout = new QVBoxLayout(library);
    m_libraryLabel = new QLabel(library);
    m_libraryLabel->setObjectName(u"preferencesLibraryPath"_s);
    m_libraryLabel->setText(tr("Open now: %1").arg(QDir::toNativeSeparators(libraryPath)));
    m_libraryLabel->setWordWrap(true);
    m_libraryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    libraryLayout->addWidget(m_libraryLabel);
    auto *libraryButtons = new QHBoxLayout;
    auto *openOther = new QPushButton(tr("&Open Another Library…"), library);
    openOther->setObjectName(u"preferencesOpenLibrary"_s);
    auto *create = new QPushButton(tr("&New Library…"), library);
    create->setObjectName(u"preferencesNewLibrary"_s);
    libraryButtons->addWidget(openOther);
    libraryButtons->addWidget(create);
    libraryButtons->addStretch(1);
    libraryLayout->addLayout(libraryButtons);
    m_pendingLabel = new QLabel(library);
    m_pendingLabel->setObjectName(u"preferencesPendingLibrary"_s);
    m_pendingLabel->setWordWrap(true);
    m_pendingLabel->hide();
    libraryLayout->addWidget(m_pendingLabel);
    auto *libraryNote = new QLabel(tr("The window closes this library and opens the other one; "
                                      "Newsmark opens it again at the next start, and "
                                      "newsmark-cli uses it when given no --library."),
                                   library);
    libraryNote->setWordWrap(true);
    libraryNote->setForegroundRole(QPalette::PlaceholderText);
    libraryLayout->addWidget(libraryNote);
    layout->addWidget(library);
    connect(openOther, &QPushButton::clicked, this, [this] { chooseLibrary(false); });
    connect(create, &QPushButton::clicked, this, [this] { chooseLibrary(true); });

    m_indexing =
            new QCheckBox(tr("&Index new articles in the background (entities and search)"), page);
    m_indexing->setObjectName(u"preferencesIndexing"_s);
    m_indexing->setToolTip(tr("Off, searches still find new articles, only slower, and the "
                              "Entities panel lists only articles indexed before"));
    layout->addWidget(m_indexing);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::createReaderPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_font = new QComboBox(page);
    m_font->setObjectName(u"preferencesFont"_s);
    m_font->addItem(tr("Reader default (Noto Sans CJK KR)"), QString());
    for (const QString &family : QFontDatabase::families()) {
        if (!QFontDatabase::isPrivateFamily(family))
            m_font->addItem(family, family);
    }
    m_font->setMaxVisibleItems(16);
    form->addRow(tr("&Font:"), m_font);
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(u"preferencesFontSize"_s);
    m_fontSize->setRange(GuiSettings::kReaderFontSizeMin, GuiSettings::kReaderFontSizeMax);
    m_fontSize->setSuffix(tr(" px"));
    m_fontSize->setToolTip(tr("The size of the article's text; View › Zoom scales the whole page"));
    form->addRow(tr("&Size:"), m_fontSize);
    layout->addLayout(form);

    auto *kinds = new QGroupBox(tr("Highlights shown when an article opens"), page);
    auto *grid = new QGridLayout(kinds);
    const QList<SpanKind> all = highlightKinds();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(spanKindLabel(all.at(i)), kinds);
        box->setObjectName(u"preferencesShow_"_s + spanKindKey(all.at(i)));
        box->setProperty("kind", spanKindKey(all.at(i)));
        grid->addWidget(box, i / 3, i % 3);
        m_kinds.append(box);
    }
    auto *note = new QLabel(tr("The legend above the article shows or hides a kind for the "
                               "article being read."),
                            kinds);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(note, int(all.size() + 2) / 3, 0, 1, 3);
    layout->addWidget(kinds);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::createAmountsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_currency = new QComboBox(page);
    m_currency->setObjectName(u"preferencesCurrency"_s);
    m_currency->addItem(tr("Off"), QString());
    for (const QString &code : conversionCurrencies())
        m_currency->addItem(code, code);
    form->addRow(tr("&Convert amounts to:"), m_currency);
    m_rateSource = new QComboBox(page);
    m_rateSource->setObjectName(u"preferencesRateSource"_s);
    m_rateSource->addItem(tr("The article's own rate, else mine"), true);
    m_rateSource->addItem(tr("My rates"), false);
    form->addRow(tr("&Rate:"), m_rateSource);
    layout->addLayout(form);

    auto *rates = new QGroupBox(tr("My rates"), page);
    auto *ratesLayout = new QVBoxLayout(rates);
    m_rates = new QTableWidget(0, 3, rates);
    m_rates->setObjectName(u"preferencesRates"_s);
    m_rates->setHorizontalHeaderLabels({tr("1 unit of"), tr("is worth"), tr("in")});
    m_rates->verticalHeader()->hide();
    m_rates->horizontalHeader()->setSectionResizeMode(RateValueColumn, QHeaderView::Stretch);
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rates->setToolTip(tr("1 USD is worth 1440 KRW: the currency worth more first. Newsmark "
                           "and newsmark-cli's money: searches convert at these rates."));
    ratesLayout->addWidget(m_rates);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("A&dd Rate"), rates);
    add->setObjectName(u"preferencesAddRate"_s);
    auto *remove = new QPushButton(tr("Re&move Rate"), rates);
    remove->setObjectName(u"preferencesRemoveRate"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    ratesLayout->addLayout(buttons);
    layout->addWidget(rates, 1);
    connect(add, &QPushButton::clicked, this, [this] {
        addRateRow(u"USD"_s, QString(), u"KRW"_s);
        m_rates->setCurrentCell(m_rates->rowCount() - 1, RateValueColumn);
        m_rates->editItem(m_rates->item(m_rates->rowCount() - 1, RateValueColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_rates->currentRow();
        if (row >= 0)
            m_rates->removeRow(row);
    });
    return page;
}

void PreferencesDialog::addRateRow(const QString &base, const QString &rate, const QString &quote)
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, BaseColumn, new QTableWidgetItem(base));
    auto *value = new QTableWidgetItem(rate);
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rates->setItem(row, RateValueColumn, value);
    m_rates->setItem(row, QuoteColumn, new QTableWidgetItem(quote));
}

void PreferencesDialog::load(const Preferences &p)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.uiLanguage)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeChoiceKey(p.theme))));
    m_indexing->setChecked(p.backgroundIndexing);
    {
        const QSignalBlocker fontBlocker(m_font);
        const QSignalBlocker sizeBlocker(m_fontSize);
        int font = m_font->findData(p.fontFamily);
        if (font < 0) {
            // Chosen once, not installed now: kept, and said so.
            m_font->addItem(tr("%1 (not installed)").arg(p.fontFamily), p.fontFamily);
            font = m_font->count() - 1;
        }
        m_font->setCurrentIndex(font);
        m_fontSize->setValue(p.fontSize);
    }
    for (QCheckBox *box : std::as_const(m_kinds))
        box->setChecked(!p.hiddenKinds.contains(box->property("kind").toString()));
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(p.currency)));
    m_rateSource->setCurrentIndex(p.useArticleRate ? 0 : 1);
    m_rates->setRowCount(0);
    for (auto it = p.rates.cbegin(); it != p.rates.cend(); ++it) {
        const QStringList codes = it.key().split(u'-');
        if (codes.size() == 2)
            addRateRow(codes.at(0), it.value().toString(), codes.at(1));
    }
}

Result<Preferences> PreferencesDialog::preferences() const
{
    Preferences p;
    p.uiLanguage = m_language->currentData().toString();
    p.theme = themeChoiceFromKey(m_theme->currentData().toString());
    p.backgroundIndexing = m_indexing->isChecked();
    p.fontFamily = m_font->currentData().toString();
    p.fontSize = m_fontSize->value();
    for (const QCheckBox *box : m_kinds) {
        if (!box->isChecked())
            p.hiddenKinds.append(box->property("kind").toString());
    }
    p.currency = m_currency->currentData().toString();
    p.useArticleRate = m_rateSource->currentData().toBool();

    const QStringList known = conversionCurrencies();
    QMap<QString, int> rowOfPair;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString base = cellText(m_rates, row, BaseColumn).toUpper();
        const QString quote = cellText(m_rates, row, QuoteColumn).toUpper();
        const QString text = cellText(m_rates, row, RateValueColumn);
        const QString where = tr("My rates, row %1").arg(row + 1);
        for (const QString &code : {base, quote}) {
            if (!known.contains(code)) {
                return Error {tr("%1: \"%2\" is not a currency code Newsmark converts (%3).")
                                      .arg(where, code, known.join(u", "_s))};
            }
        }
        if (base == quote)
            return Error {tr("%1: a rate needs two different currencies, not %2 and %2.")
                                  .arg(where, base)};
        const CurrencyPair pair = currencyPair(base, quote);
        if (pair.base != base) {
            return Error {tr("%1: write the rate as 1 %2 is worth … %3 (the currency worth more "
                             "first).")
                                  .arg(where, pair.base, pair.quote)};
        }
        // Both the locale's grouping and a plain figure are taken: "1,440.5" and "1440.5".
        QString plain = text;
        plain.remove(QLocale().groupSeparator()).remove(u',');
        const std::optional<Decimal> rate = Decimal::parse(plain);
        if (!rate || rate->isZero() || rate->isNegative()) {
            return Error {tr("%1 (%2 → %3): the rate must be a number above 0, not \"%4\".")
                                  .arg(where, base, quote, text)};
        }
        const QString key = pairKey(pair);
        if (rowOfPair.contains(key)) {
            return Error {tr("%1: %2 → %3 is already on row %4.")
                                  .arg(where, base, quote)
                                  .arg(rowOfPair.value(key) + 1)};
        }
        rowOfPair.insert(key, row);
        p.rates.insert(key, *rate);
    }
    return p;
}

QString PreferencesDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PreferencesDialog::showError(int page, QWidget *field, const QString &message)
{
    m_pages->setCurrentIndex(page);
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

bool PreferencesDialog::apply()
{
    const Result<Preferences> chosen = preferences();
    if (!chosen) {
        // Only the rates can be wrong: every other field offers valid choices alone. The row
        // named in the message is selected.
        const QString message = chosen.error();
        for (int row = 0; row < m_rates->rowCount(); ++row) {
            if (message.startsWith(tr("My rates, row %1").arg(row + 1) + u':')
                || message.startsWith(tr("My rates, row %1").arg(row + 1) + u' ')) {
                m_rates->selectRow(row);
                break;
            }
        }
        showError(AmountsTab, m_rates, message);
        return false;
    }
    m_error->hide();
    m_error->clear();
    m_applied = chosen.value();
    m_languageNote->setVisible(false);
    Q_EMIT applyRequested(m_applied);
    if (!m_pendingLibrary.isEmpty()) {
        const QString path = std::exchange(m_pendingLibrary, QString());
        m_pendingLabel->hide();
        Q_EMIT libraryRequested(path, m_pendingIsNew);
    }
    return true;
}

void PreferencesDialog::done(int result)
{
    // Cancel (or Esc, or closing the dialog) takes back the font shown as a preview.
    if (result == QDialog::Rejected)
        Q_EMIT fontPreviewed(m_applied.fontFamily, m_applied.fontSize);
    QDialog::done(result);
}

void PreferencesDialog::previewFont()
{
    Q_EMIT fontPreviewed(m_font->currentData().toString(), m_fontSize->value());
}

void PreferencesDialog::setPendingLibrary(const QString &path, bool create)
{
    m_pendingLibrary = path;
    m_pendingIsNew = create;
    if (path.isEmpty()) {
        m_pendingLabel->hide();
        return;
    }
    m_pendingLabel->setText((create ? tr("On OK, a new library is made at %1 and opened.")
                                    : tr("On OK, the window opens %1."))
                                    .arg(QDir::toNativeSeparators(path)));
    m_pendingLabel->show();
}

void PreferencesDialog::chooseLibrary(bool create)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = tr("Newsmark libraries (*.sqlite);;All files (*)");
    if (create) {
        askForSaveFile(this, tr("New Library"), QDir(documents).filePath(u"news.sqlite"_s), filter,
                       [this](const QString &file) {
                           QString path = file;
                           if (QFileInfo(path).suffix().isEmpty())
                               path += u".sqlite"_s;
                           setPendingLibrary(path, true);
                       });
    } else {
        askForFiles(this, tr("Open Another Library"), documents, filter, QFileDialog::ExistingFile,
                    [this](const QStringList &files) {
                        if (!files.isEmpty())
                            setPendingLibrary(files.constFirst(), false);
                    });
    }
}

} // namespace newsmark::gui
