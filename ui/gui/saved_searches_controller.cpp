#include "saved_searches_controller.h"

#include "background_job.h"
#include "feeds_pane.h"
#include "gui_logging.h"
#include "library/library.h"
#include "library_pane.h"
#include "saved_search_commands.h"
#include "search/search_query.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QCoreApplication>

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// The Save and Edit dialog: it stays open, with the reason shown under the fields, until what
// it holds can be saved.
class SavedSearchDialog final : public QDialog
{
    // No Q_OBJECT (no signals of its own): without this, tr() would be QDialog's.
    Q_DECLARE_TR_FUNCTIONS(newsmark::gui::SavedSearchDialog)

public:
    using Check = std::function<QString(const QString &name, const QString &query)>;

    SavedSearchDialog(QWidget *parent, const QString &title, Check check)
        : QDialog(parent)
        , m_name(new QLineEdit(this))
        , m_query(new QLineEdit(this))
        , m_error(new QLabel(this))
        , m_check(std::move(check))
    {
        setObjectName(u"savedSearchDialog"_s);
        setWindowTitle(title);
        m_name->setObjectName(u"savedSearchName"_s);
        m_query->setObjectName(u"savedSearchQuery"_s);
        m_query->setPlaceholderText(tr("e.g. 금리 OR \"interest rate\" date:2025-01..2025-03"));
        m_query->setMinimumWidth(420);
        m_error->setObjectName(u"savedSearchError"_s);
        m_error->setWordWrap(true);
        m_error->setTextFormat(Qt::PlainText);
        QPalette warning = m_error->palette();
        warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
        m_error->setPalette(warning);
        m_error->hide();
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *form = new QFormLayout(this);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Query:"), m_query);
        form->addRow(QString(), m_error);
        form->addRow(buttons);
        // The query's own mistakes show as it is typed; the name's when it is saved.
        connect(m_query, &QLineEdit::textChanged, this, [this](const QString &text) {
            showError(text.trimmed().isEmpty() ? QString() : SavedSearchStore::queryProblem(text));
        });
    }

    void setFields(const QString &name, const QString &query)
    {
        m_name->setText(name);
        m_query->setText(query);
        (name.isEmpty() ? m_name : m_query)->setFocus();
        m_name->selectAll();
    }
    [[nodiscard]] QString name() const { return m_name->text().trimmed(); }
    [[nodiscard]] QString query() const { return m_query->text().trimmed(); }

    void accept() override
    {
        const QString problem = m_check(name(), query());
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
        QDialog::accept();
    }

private:
    void showError(const QString &text)
    {
        m_error->setText(text);
        m_error->setVisible(!text.isEmpty());
    }

    QLineEdit *m_name;
    QLineEdit *m_query;
    QLabel *m_error;
    Check m_check;
};

using Counts = Result<QHash<QString, qint64>>;

// On the worker thread, on its own connection.
Counts countSearches(const QString &path, const QList<SavedSearch> &searches,
                     const BackgroundJob::Progress &progress)
{
    auto db = Database::open(path);
    if (!db)
        return Error {db.error()};
    SearchIndex index(*db.value());
    QHash<QString, qint64> counts;
    qint64 done = 0;
    for (const SavedSearch &s : searches) {
        const search::ParsedQuery parsed = search::parseQuery(s.query);
        if (parsed.ok()) {
            const auto ids = index.matchingArticles(parsed.query);
            if (ids)
                counts.insert(s.name, ids->size());
            else
                qCWarning(lcGui) << "saved search" << s.name << ":" << ids.error();
        }
        if (!progress(++done, searches.size()))
            break;
    }
    return counts;
}

} // namespace

SavedSearchesController::SavedSearchesController(Library &library, FeedsPane &pane,
                                                 LibraryPane &list, QUndoStack &undo,
                                                 QWidget *window, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_pane(pane)
    , m_list(list)
    , m_undo(undo)
    , m_window(window)
    , m_store(library.database())
    , m_job(new BackgroundJob(u"newsmark-saved-search-counts"_s, this))
{
    connect(&m_pane, &FeedsPane::savedSearchChosen, this, &SavedSearchesController::onChosen);
    connect(&m_pane, &FeedsPane::contextMenuRequested, this, [this](const QPoint &at) {
        if (!m_pane.onSavedSearches())
            return; // the feeds' and the Trash's own menus
        // popup(), not exec(): the other handlers of this signal (the feeds' menu) must see the
        // saved search still chosen, not what a Delete chosen in a nested loop left.
        auto *context = new QMenu(m_window);
        context->setAttribute(Qt::WA_DeleteOnClose);
        context->addAction(m_edit);
        context->addAction(m_delete);
        context->addSeparator();
        context->addAction(m_save);
        context->popup(at);
    });
    reload();
}

SavedSearchesController::~SavedSearchesController()
{
    delete m_job; // cancels and waits
}

void SavedSearchesController::addEditActions(QMenu *menu)
{
    m_save = menu->addAction(tr("Save &Search…"), this, &SavedSearchesController::saveSearch);
    m_save->setObjectName(u"saveSearchAction"_s);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_save->setStatusTip(tr("Keep the search in the box above the list, with its count in the "
                            "sidebar"));
    m_edit = menu->addAction(tr("Edit Sa&ved Search…"), this, &SavedSearchesController::editSearch);
    m_edit->setObjectName(u"editSearchAction"_s);
    m_edit->setStatusTip(tr("Rename the chosen saved search or change its query"));
    m_delete = menu->addAction(tr("Delete Saved Searc&h"), this,
                               &SavedSearchesController::deleteSearch);
    m_delete->setObjectName(u"deleteSearchAction"_s);
    m_delete->setStatusTip(tr("Delete the chosen saved search (Undo brings it back)"));
    updateActions();
}

void SavedSearchesController::updateActions()
{
    const bool chosen = !m_pane.currentSavedSearch().isEmpty();
    if (m_edit)
        m_edit->setEnabled(chosen);
    if (m_delete)
        m_delete->setEnabled(chosen);
}

void SavedSearchesController::reload()
{
    m_pane.setSavedSearches(m_store.all());
    updateActions();
    recount();
}

bool SavedSearchesController::isCounting() const
{
    return m_job->isRunning();
}

void SavedSearchesController::recount()
{
    const QList<SavedSearch> searches = m_pane.savedSearches();
    if (searches.isEmpty())
        return;
    if (m_job->isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_job->start<Counts>(
            [path = m_library.path(), searches](const BackgroundJob::Progress &progress) {
                return countSearches(path, searches, progress);
            },
            [this](const Counts &counts) {
                if (!counts) {
                    qCWarning(lcGui) << "saved search counts:" << counts.error();
                    Q_EMIT message(
                            tr("The saved searches could not be counted: %1").arg(counts.error()));
                } else {
                    m_pane.setSavedSearchCounts(counts.value());
                    Q_EMIT counted();
                }
                if (m_again)
                    recount();
            });
}

void SavedSearchesController::recountIfFlagged()
{
    const QList<SavedSearch> searches = m_pane.savedSearches();
    if (std::any_of(searches.begin(), searches.end(), [](const SavedSearch &s) {
            return search::readsFlags(search::parseQuery(s.query).query);
        }))
        recount();
}

void SavedSearchesController::report(const QString &error)
{
    Q_EMIT message(error);
}

void SavedSearchesController::changed(const QString &select)
{
    reload();
    if (!select.isEmpty())
        m_pane.selectSavedSearch(select);
}

void SavedSearchesController::onChosen(const QString &name, const QString &query)
{
    updateActions();
    if (name.isEmpty()) {
        // Leaving a saved search takes its query out of the box, unless the user changed it.
        if (!m_shownQuery.isEmpty() && m_list.searchText() == m_shownQuery)
            m_list.setSearchText({});
        m_shownQuery.clear();
        return;
    }
    m_shownQuery = query;
    m_list.setSearchText(query);
}

void SavedSearchesController::saveSearch()
{
    openDialog(std::nullopt, m_list.searchText().trimmed());
}

void SavedSearchesController::editSearch()
{
    const auto current = m_store.find(m_pane.currentSavedSearch());
    if (!current) {
        Q_EMIT message(tr("Choose a saved search in the sidebar first."));
        return;
    }
    openDialog(current, current->query);
}

void SavedSearchesController::deleteSearch()
{
    const QString name = m_pane.currentSavedSearch();
    if (name.isEmpty()) {
        Q_EMIT message(tr("Choose a saved search in the sidebar first."));
        return;
    }
    m_undo.push(new DeleteSearchCommand(*this, name));
    Q_EMIT message(tr("Deleted the saved search “%1” (Edit › Undo brings it back).").arg(name));
}

void SavedSearchesController::openDialog(const std::optional<SavedSearch> &editing,
                                         const QString &query)
{
    if (m_dialog)
        m_dialog->close();
    // Everything a save would refuse, said before anything is written.
    auto check = [this, editing](const QString &name, const QString &text) -> QString {
        if (const QString problem = SavedSearchStore::nameProblem(name); !problem.isEmpty())
            return problem;
        if (const QString problem = SavedSearchStore::queryProblem(text); !problem.isEmpty())
            return tr("Invalid query: %1").arg(problem);
        const auto other = m_store.find(name);
        if (other && (!editing || other->id != editing->id))
            return tr("A saved search named “%1” exists already.").arg(other->name);
        return {};
    };
    auto *dialog = new SavedSearchDialog(
            m_window, editing ? tr("Edit Saved Search") : tr("Save Search"), check);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFields(editing ? editing->name : QString(), query);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, editing] {
        if (editing) {
            if (editing->name != dialog->name() || editing->query != dialog->query())
                m_undo.push(
                        new EditSearchCommand(*this, *editing, dialog->name(), dialog->query()));
        } else {
            m_undo.push(new SaveSearchCommand(*this, dialog->name(), dialog->query()));
        }
    });
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->open();
}

} // namespace newsmark::gui
