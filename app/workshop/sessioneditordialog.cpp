#include "app/workshop/sessioneditordialog.h"

#include "app/workshop/presenterwindow.h"
#include "db/database.h"
#include "db/workshopstore.h"
#include "library/library.h"
#include "library/tutoriallistmodel.h"
#include "library/tutorialroles.h"
#include "workshop/handout.h"
#include "workshop/workshopdata.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn::app {

using workshop::formatTime;
using workshop::parseTime;
using workshop::PausePoint;
using workshop::SessionItem;
using workshop::SessionPlan;

namespace {

QString languageLabel(const QString &tag)
{
    const QLocale locale(tag);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? tag : QStringLiteral("%1 (%2)").arg(name, tag);
}

QString itemTitle(const SessionItem &item)
{
    return item.title.isEmpty() ? QFileInfo(item.path).completeBaseName() : item.title;
}

} // namespace

SessionEditorDialog::SessionEditorDialog(library::Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_data(std::make_shared<workshop::WorkshopData>(library->indexPath()))
{
    buildUi();
    if (!m_data->isOpen()) {
        message(tr("The session plans cannot be opened: %1").arg(m_data->error()), true);
        setEnabled(false);
        return;
    }
    reloadPlanList();
    if (m_plans->count() > 0)
        loadPlan(m_plans->item(0)->data(Qt::UserRole).toLongLong());
    else
        newPlan();
}

SessionEditorDialog::~SessionEditorDialog()
{
    // The presenter shares the databases: close it with the editor rather than leave it half-alive.
    if (m_presenter)
        delete m_presenter.data();
}

void SessionEditorDialog::keepTranslated(std::function<void()> setText)
{
    setText();
    m_retranslate.push_back(std::move(setText));
}

void SessionEditorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SessionEditorDialog::retranslateUi()
{
    for (const auto &setText : m_retranslate)
        setText();
    reloadPlanList(); // "%1 (%Ln item(s))", "Untitled"
    for (int i = 0; i < m_itemList->count(); ++i)
        refreshItemText(m_itemList->item(i));
    const QSignalBlocker b0(m_lang[0]), b1(m_lang[1]);
    if (m_lang[0]->count() > 0)
        m_lang[0]->setItemText(0, tr("As the player prefers"));
    if (m_lang[1]->count() > 0)
        m_lang[1]->setItemText(0, tr("None"));
}

void SessionEditorDialog::buildUi()
{
    keepTranslated([this] { setWindowTitle(tr("Workshop sessions")); });
    auto *root = new QVBoxLayout(this);
    auto *split = new QSplitter(this);
    root->addWidget(split, 1);

    // Saved plans.
    auto *plansBox = new QGroupBox(split);
    keepTranslated([plansBox] { plansBox->setTitle(tr("Plans")); });
    auto *pl = new QVBoxLayout(plansBox);
    m_plans = new QListWidget(plansBox);
    pl->addWidget(m_plans);
    auto *planButtons = new QHBoxLayout;
    auto *newButton = new QPushButton(plansBox);
    auto *deleteButton = new QPushButton(plansBox);
    keepTranslated([newButton, deleteButton] {
        newButton->setText(tr("New"));
        deleteButton->setText(tr("Delete"));
    });
    planButtons->addWidget(newButton);
    planButtons->addWidget(deleteButton);
    pl->addLayout(planButtons);
    auto *fileButtons = new QHBoxLayout;
    auto *importButton = new QPushButton(plansBox);
    auto *exportButton = new QPushButton(plansBox);
    keepTranslated([importButton, exportButton] {
        importButton->setText(tr("Import…"));
        exportButton->setText(tr("Export…"));
    });
    fileButtons->addWidget(importButton);
    fileButtons->addWidget(exportButton);
    pl->addLayout(fileButtons);

    // The plan: name, items in order, tutorials to add.
    auto *planBox = new QGroupBox(split);
    auto *il = new QVBoxLayout(planBox);
    m_name = new QLineEdit(planBox);
    keepTranslated([this, planBox] {
        planBox->setTitle(tr("Session"));
        m_name->setPlaceholderText(tr("Session name"));
    });
    il->addWidget(m_name);
    m_itemList = new QListWidget(planBox);
    m_itemList->setDragDropMode(QAbstractItemView::InternalMove);
    m_itemList->setDefaultDropAction(Qt::MoveAction);
    keepTranslated([this] { m_itemList->setToolTip(tr("Drag to change the order")); });
    il->addWidget(m_itemList, 1);
    auto *addRow = new QHBoxLayout;
    m_tutorialCombo = new QComboBox(planBox);
    m_tutorialCombo->setModel(m_library->tutorials());
    m_tutorialCombo->setMinimumContentsLength(20);
    auto *addButton = new QPushButton(planBox);
    auto *removeButton = new QPushButton(planBox);
    addRow->addWidget(m_tutorialCombo, 1);
    addRow->addWidget(addButton);
    addRow->addWidget(removeButton);
    il->addLayout(addRow);
    auto *sessionNotesLabel = new QLabel(planBox);
    il->addWidget(sessionNotesLabel);
    keepTranslated([addButton, removeButton, sessionNotesLabel] {
        addButton->setText(tr("Add"));
        removeButton->setText(tr("Remove"));
        sessionNotesLabel->setText(tr("Notes for the whole session"));
    });
    m_sessionNotes = new QPlainTextEdit(planBox);
    m_sessionNotes->setMaximumHeight(70);
    il->addWidget(m_sessionNotes);

    // The selected item.
    auto *editorBox = new QGroupBox(split);
    m_editor = editorBox;
    auto *form = new QFormLayout(m_editor);
    m_in = new QLineEdit(m_editor);
    m_in->setPlaceholderText(QStringLiteral("00:00"));
    m_out = new QLineEdit(m_editor);
    auto *inLabel = new QLabel(m_editor);
    auto *outLabel = new QLabel(m_editor);
    form->addRow(inLabel, m_in);
    form->addRow(outLabel, m_out);
    QLabel *langLabel[2];
    for (int s = 0; s < 2; ++s) {
        m_lang[s] = new QComboBox(m_editor);
        langLabel[s] = new QLabel(m_editor);
        form->addRow(langLabel[s], m_lang[s]);
    }
    m_pauses = new QTableWidget(0, 2, m_editor);
    m_pauses->horizontalHeader()->setStretchLastSection(true);
    m_pauses->verticalHeader()->hide();
    auto *pausesLabel = new QLabel(m_editor);
    form->addRow(pausesLabel, m_pauses);
    auto *pauseButtons = new QHBoxLayout;
    auto *addPause = new QPushButton(m_editor);
    auto *removePause = new QPushButton(m_editor);
    pauseButtons->addWidget(addPause);
    pauseButtons->addWidget(removePause);
    form->addRow(QString(), pauseButtons);
    m_notes = new QPlainTextEdit(m_editor);
    auto *notesLabel = new QLabel(m_editor);
    form->addRow(notesLabel, m_notes);
    keepTranslated([=, this] {
        editorBox->setTitle(tr("Item"));
        m_out->setPlaceholderText(tr("end"));
        inLabel->setText(tr("Start at"));
        outLabel->setText(tr("Stop at"));
        langLabel[0]->setText(tr("First subtitle language"));
        langLabel[1]->setText(tr("Second subtitle language"));
        m_pauses->setHorizontalHeaderLabels({tr("At"), tr("Discussion prompt")});
        pausesLabel->setText(tr("Pause points"));
        addPause->setText(tr("Add pause point"));
        removePause->setText(tr("Remove pause point"));
        m_notes->setPlaceholderText(tr("Only you see these notes"));
        notesLabel->setText(tr("Trainer's notes"));
    });
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    root->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(this);
    auto *printButton = new QPushButton(this);
    auto *presentButton = new QPushButton(this);
    auto *closeButton = new QPushButton(this);
    keepTranslated([saveButton, printButton, presentButton, closeButton] {
        saveButton->setText(tr("Save"));
        printButton->setText(tr("Print handout…"));
        presentButton->setText(tr("Present"));
        closeButton->setText(tr("Close"));
    });
    buttons->addWidget(saveButton);
    buttons->addWidget(printButton);
    buttons->addStretch(1);
    buttons->addWidget(presentButton);
    buttons->addWidget(closeButton);
    root->addLayout(buttons);
    resize(1100, 640);

    connect(m_plans, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *li) { loadPlan(li->data(Qt::UserRole).toLongLong()); });
    connect(newButton, &QPushButton::clicked, this, &SessionEditorDialog::newPlan);
    connect(deleteButton, &QPushButton::clicked, this, &SessionEditorDialog::onDeleteClicked);
    connect(importButton, &QPushButton::clicked, this, &SessionEditorDialog::onImportClicked);
    connect(exportButton, &QPushButton::clicked, this, &SessionEditorDialog::onExportClicked);
    connect(printButton, &QPushButton::clicked, this, &SessionEditorDialog::onPrintClicked);
    connect(saveButton, &QPushButton::clicked, this, &SessionEditorDialog::savePlan);
    connect(presentButton, &QPushButton::clicked, this, [this] { present(); });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QModelIndex idx = m_library->tutorials()->index(m_tutorialCombo->currentIndex(), 0);
        if (idx.isValid())
            addTutorial(idx.data(library::IdRole).toLongLong());
    });
    connect(removeButton, &QPushButton::clicked, this, [this] { removeItem(m_itemList->currentRow()); });
    connect(m_itemList, &QListWidget::currentRowChanged, this, &SessionEditorDialog::onCurrentItemChanged);
    connect(addPause, &QPushButton::clicked, this, [this] {
        const auto it = m_items.constFind(currentKey());
        addPausePoint(it != m_items.constEnd() ? it->inMs : 0, QString());
    });
    connect(removePause, &QPushButton::clicked, this, [this] {
        if (m_pauses->currentRow() >= 0) {
            m_pauses->removeRow(m_pauses->currentRow());
            writeBackEditor();
        }
    });
    for (QLineEdit *e : {m_in, m_out})
        connect(e, &QLineEdit::editingFinished, this, &SessionEditorDialog::writeBackEditor);
    for (QComboBox *c : m_lang)
        connect(c, &QComboBox::currentIndexChanged, this, &SessionEditorDialog::writeBackEditor);
    connect(m_pauses, &QTableWidget::cellChanged, this, &SessionEditorDialog::writeBackEditor);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &SessionEditorDialog::writeBackEditor);
    connect(m_sessionNotes, &QPlainTextEdit::textChanged, this,
            [this] { m_planNotes = m_sessionNotes->toPlainText(); });
}

void SessionEditorDialog::reloadPlanList()
{
    m_plans->clear();
    try {
        for (const db::SessionSummary &s : m_data->plans().sessions()) {
            auto *li = new QListWidgetItem(tr("%1 (%Ln item(s))", nullptr, s.itemCount)
                                               .arg(s.name.isEmpty() ? tr("Untitled") : s.name),
                                           m_plans);
            li->setData(Qt::UserRole, s.id);
            if (s.id == m_planId)
                m_plans->setCurrentItem(li);
        }
    } catch (const db::DbError &e) {
        message(e.message(), true);
    }
}

void SessionEditorDialog::newPlan()
{
    SessionPlan plan;
    plan.name = tr("New session");
    showPlan(plan);
}

bool SessionEditorDialog::loadPlan(qint64 id)
{
    try {
        const auto plan = m_data->plans().load(id);
        if (!plan)
            return false;
        showPlan(*plan);
        return true;
    } catch (const db::DbError &e) {
        message(e.message(), true);
        return false;
    }
}

void SessionEditorDialog::showPlan(const SessionPlan &plan)
{
    m_loading = true;
    m_planId = plan.id;
    m_planNotes = plan.notes;
    m_name->setText(plan.name);
    m_sessionNotes->setPlainText(plan.notes);
    m_items.clear();
    m_itemList->clear();
    m_loading = false;
    for (const SessionItem &item : plan.items)
        appendItemRow(item);
    if (m_itemList->count() > 0)
        m_itemList->setCurrentRow(0);
    else
        onCurrentItemChanged();
}

void SessionEditorDialog::appendItemRow(const SessionItem &item)
{
    const int key = m_nextKey++;
    m_items.insert(key, item);
    auto *li = new QListWidgetItem(m_itemList);
    li->setData(Qt::UserRole, key);
    li->setFlags(li->flags() | Qt::ItemIsDragEnabled);
    li->setFlags(li->flags() & ~Qt::ItemIsDropEnabled); // dropping onto an item would replace it
    refreshItemText(li);
}

void SessionEditorDialog::refreshItemText(QListWidgetItem *li)
{
    const SessionItem &item = m_items.value(li->data(Qt::UserRole).toInt());
    const QString segment = item.hasOut() ? tr("%1–%2").arg(formatTime(item.inMs), formatTime(item.outMs))
                                          : (item.inMs > 0 ? tr("from %1").arg(formatTime(item.inMs)) : QString());
    QString text = itemTitle(item);
    if (!segment.isEmpty())
        text = tr("%1  [%2]").arg(text, segment);
    if (!item.languages.isEmpty())
        text = tr("%1  · %2").arg(text, item.languages.join(QStringLiteral(" + ")));
    if (!item.pauses.isEmpty())
        text = tr("%1  · %Ln pause(s)", nullptr, int(item.pauses.size())).arg(text);
    li->setText(text);
    const bool found = m_data->tutorialFor(item.fingerprint) > 0 || (!item.path.isEmpty() && QFileInfo::exists(item.path));
    li->setForeground(found ? palette().color(QPalette::Text) : QColor(Qt::gray));
    li->setToolTip(found ? item.path : tr("Not found in this library"));
}

int SessionEditorDialog::currentKey() const
{
    const QListWidgetItem *li = m_itemList->currentItem();
    return li ? li->data(Qt::UserRole).toInt() : 0;
}

void SessionEditorDialog::onCurrentItemChanged()
{
    loadEditor();
}

void SessionEditorDialog::loadEditor()
{
    m_loading = true;
    const int key = currentKey();
    const bool has = m_items.contains(key);
    m_editor->setEnabled(has);
    const SessionItem item = m_items.value(key);
    m_in->setText(has ? workshop::formatTimeExact(item.inMs) : QString());
    m_out->setText(has && item.hasOut() ? workshop::formatTimeExact(item.outMs) : QString());
    QStringList langs = has ? m_data->languagesOf(m_data->tutorialFor(item.fingerprint)) : QStringList();
    for (const QString &l : item.languages)
        if (!langs.contains(l))
            langs << l;
    for (int s = 0; s < 2; ++s) {
        m_lang[s]->clear();
        m_lang[s]->addItem(s == 0 ? tr("As the player prefers") : tr("None"), QString());
        for (const QString &l : std::as_const(langs))
            m_lang[s]->addItem(languageLabel(l), l);
        m_lang[s]->setCurrentIndex(s < item.languages.size() ? std::max(0, m_lang[s]->findData(item.languages.at(s)))
                                                             : 0);
    }
    m_pauses->setRowCount(0);
    for (const PausePoint &p : item.pauses) {
        const int r = m_pauses->rowCount();
        m_pauses->insertRow(r);
        m_pauses->setItem(r, 0, new QTableWidgetItem(workshop::formatTimeExact(p.atMs)));
        m_pauses->setItem(r, 1, new QTableWidgetItem(p.prompt));
    }
    m_notes->setPlainText(item.notes);
    m_loading = false;
}

void SessionEditorDialog::writeBackEditor()
{
    if (m_loading)
        return;
    const int key = currentKey();
    auto it = m_items.find(key);
    if (it == m_items.end())
        return;
    SessionItem &item = *it;
    const qint64 in = parseTime(m_in->text());
    item.inMs = in >= 0 ? in : (m_in->text().trimmed().isEmpty() ? 0 : item.inMs);
    const qint64 out = parseTime(m_out->text());
    if (m_out->text().trimmed().isEmpty())
        item.outMs = -1;
    else if (out > item.inMs)
        item.outMs = out;
    item.languages.clear();
    for (QComboBox *c : m_lang) {
        const QString l = c->currentData().toString();
        if (!l.isEmpty() && !item.languages.contains(l))
            item.languages << l;
    }
    item.pauses.clear();
    for (int r = 0; r < m_pauses->rowCount(); ++r) {
        const QTableWidgetItem *t = m_pauses->item(r, 0);
        const QTableWidgetItem *p = m_pauses->item(r, 1);
        const qint64 at = t ? parseTime(t->text()) : -1;
        if (at >= 0)
            item.pauses.append(PausePoint{at, p ? p->text() : QString()});
    }
    std::stable_sort(item.pauses.begin(), item.pauses.end(),
                     [](const PausePoint &a, const PausePoint &b) { return a.atMs < b.atMs; });
    item.notes = m_notes->toPlainText();
    refreshItemText(m_itemList->currentItem());
}

SessionPlan SessionEditorDialog::plan() const
{
    SessionPlan plan;
    plan.id = m_planId;
    plan.name = m_name->text().trimmed();
    plan.notes = m_planNotes;
    for (int i = 0; i < m_itemList->count(); ++i) {
        SessionItem item = m_items.value(m_itemList->item(i)->data(Qt::UserRole).toInt());
        workshop::normalize(item);
        plan.items.append(item);
    }
    return plan;
}

qint64 SessionEditorDialog::savePlan()
{
    writeBackEditor();
    try {
        m_planId = m_data->plans().save(plan());
        reloadPlanList();
        message(tr("Saved."));
        return m_planId;
    } catch (const db::DbError &e) {
        message(tr("The plan could not be saved: %1").arg(e.message()), true);
        return 0;
    }
}

bool SessionEditorDialog::addTutorial(qint64 tutorialId)
{
    QString title;
    for (int r = 0; r < m_library->tutorials()->rowCount(); ++r) {
        const QModelIndex idx = m_library->tutorials()->index(r, 0);
        if (idx.data(library::IdRole).toLongLong() == tutorialId)
            title = idx.data(Qt::DisplayRole).toString();
    }
    const auto item = m_data->itemFor(tutorialId, title);
    if (!item)
        return false;
    appendItemRow(*item);
    m_itemList->setCurrentRow(m_itemList->count() - 1);
    return true;
}

void SessionEditorDialog::removeItem(int row)
{
    if (row < 0 || row >= m_itemList->count())
        return;
    QListWidgetItem *li = m_itemList->takeItem(row);
    m_items.remove(li->data(Qt::UserRole).toInt());
    delete li;
}

void SessionEditorDialog::moveItem(int from, int to)
{
    if (from < 0 || from >= m_itemList->count() || to < 0 || to >= m_itemList->count())
        return;
    QListWidgetItem *li = m_itemList->takeItem(from);
    m_itemList->insertItem(to, li);
    m_itemList->setCurrentRow(to);
}

void SessionEditorDialog::selectItem(int row)
{
    m_itemList->setCurrentRow(row);
}

void SessionEditorDialog::setItemSegment(qint64 inMs, qint64 outMs)
{
    m_in->setText(workshop::formatTimeExact(inMs));
    m_out->setText(outMs >= 0 ? workshop::formatTimeExact(outMs) : QString());
    writeBackEditor();
}

void SessionEditorDialog::setItemLanguages(const QStringList &languages)
{
    for (int s = 0; s < 2; ++s) {
        const QString l = languages.value(s);
        int i = l.isEmpty() ? 0 : m_lang[s]->findData(l);
        if (i < 0) {
            m_lang[s]->addItem(languageLabel(l), l);
            i = m_lang[s]->count() - 1;
        }
        m_lang[s]->setCurrentIndex(i);
    }
    writeBackEditor();
}

void SessionEditorDialog::addPausePoint(qint64 atMs, const QString &prompt)
{
    m_loading = true;
    const int r = m_pauses->rowCount();
    m_pauses->insertRow(r);
    m_pauses->setItem(r, 0, new QTableWidgetItem(workshop::formatTimeExact(atMs)));
    m_pauses->setItem(r, 1, new QTableWidgetItem(prompt));
    m_loading = false;
    writeBackEditor();
    m_pauses->setCurrentCell(r, 1);
}

void SessionEditorDialog::setItemNotes(const QString &notes)
{
    m_notes->setPlainText(notes); // textChanged writes it back
}

void SessionEditorDialog::setPlanName(const QString &name)
{
    m_name->setText(name);
}

bool SessionEditorDialog::exportTo(const QString &path, bool sha256)
{
    writeBackEditor();
    QStringList roots = m_library->roots() + m_library->systemRoots();
    QApplication::setOverrideCursor(Qt::WaitCursor); // hashing whole videos takes a moment
    const QByteArray json = workshop::exportSession(plan(), workshop::ExportOptions{roots, sha256});
    QApplication::restoreOverrideCursor();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size()) {
        message(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), true);
        return false;
    }
    message(tr("Exported to %1. Copy it with the videos; Cairn finds them on the other computer.")
                .arg(QDir::toNativeSeparators(path)));
    return true;
}

QStringList SessionEditorDialog::rootsForImport(const QString &sessionFile) const
{
    // The library's folders, then where the file is (a USB stick with the session beside the videos) and its parent.
    QStringList roots = m_library->roots() + m_library->systemRoots();
    const QDir here = QFileInfo(sessionFile).absoluteDir();
    roots << here.absolutePath();
    QDir up = here;
    if (up.cdUp())
        roots << up.absolutePath();
    return roots;
}

QList<workshop::MatchResult> SessionEditorDialog::importFrom(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        const QString e = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        message(e, true);
        if (error)
            *error = e;
        return {};
    }
    workshop::ParsedSession parsed = workshop::parseSession(f.read(4 * 1024 * 1024));
    if (!parsed.ok) {
        message(parsed.error, true);
        if (error)
            *error = parsed.error;
        return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto matches = workshop::resolveSession(
        parsed, workshop::ResolveOptions{rootsForImport(path), m_data->files(), true});
    QApplication::restoreOverrideCursor();
    if (parsed.plan.name.isEmpty())
        parsed.plan.name = QFileInfo(path).completeBaseName();
    showPlan(parsed.plan);
    savePlan();
    QStringList missing;
    int found = 0;
    for (int i = 0; i < matches.size(); ++i) {
        if (matches.at(i).how == workshop::MatchResult::How::Missing)
            missing << itemTitle(parsed.plan.items.at(i));
        else
            ++found;
    }
    QString text = tr("Imported “%1”: %2 of %3 videos found in this library.")
                       .arg(parsed.plan.name)
                       .arg(found)
                       .arg(matches.size());
    if (!missing.isEmpty())
        text = tr("%1 Not found: %2. Add the folder that holds them to the library, then import again.")
                   .arg(text, missing.join(QStringLiteral(", ")));
    message(text, !missing.isEmpty());
    return matches;
}

QStringList SessionEditorDialog::allLanguages() const
{
    QStringList langs;
    const SessionPlan p = plan();
    for (const SessionItem &item : p.items) {
        for (const QString &l : m_data->languagesOf(m_data->tutorialFor(item.fingerprint)))
            if (!langs.contains(l))
                langs << l;
    }
    return langs;
}

bool SessionEditorDialog::printHandout(const QString &pdfPath, const QStringList &languages, bool includeNotes,
                                       QString *error)
{
    writeBackEditor();
    const SessionPlan p = plan();
    workshop::HandoutOptions options;
    options.title = p.name;
    options.sessionNotes = p.notes;
    options.languages = languages;
    options.includeNotes = includeNotes;
    QString e;
    const bool ok = workshop::writeHandoutPdf(pdfPath, workshop::handoutItems(p, *m_data, languages), options, &e);
    message(ok ? tr("Handout written to %1.").arg(QDir::toNativeSeparators(pdfPath)) : e, !ok);
    if (error)
        *error = e;
    return ok;
}

PresenterWindow *SessionEditorDialog::present(bool audio)
{
    writeBackEditor();
    if (m_presenter)
        delete m_presenter.data();
    PresenterWindow::Options options;
    options.audio = audio;
    m_presenter = new PresenterWindow(m_library, m_data, plan(), options);
    m_presenter->setAttribute(Qt::WA_DeleteOnClose);
    m_presenter->show();
    m_presenter->present();
    return m_presenter;
}

void SessionEditorDialog::message(const QString &text, bool error)
{
    m_lastMessage = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void SessionEditorDialog::onImportClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a session"), QString(),
                                                      tr("Cairn sessions (*.%1)").arg(QLatin1String(workshop::kSessionFileSuffix)));
    if (!path.isEmpty())
        importFrom(path);
}

void SessionEditorDialog::onExportClicked()
{
    const QString suffix = QLatin1String(workshop::kSessionFileSuffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the session"),
                                                QStringLiteral("%1.%2").arg(m_name->text().trimmed(), suffix),
                                                tr("Cairn sessions (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix))
        path += QLatin1Char('.') + suffix;
    exportTo(path);
}

void SessionEditorDialog::onPrintClicked()
{
    const QStringList langs = allLanguages();
    QDialog ask(this);
    ask.setWindowTitle(tr("Print handout"));
    auto *form = new QFormLayout(&ask);
    QComboBox *combos[2];
    const SessionPlan p = plan();
    const QStringList planned = p.items.isEmpty() ? QStringList() : p.items.first().languages;
    for (int s = 0; s < 2; ++s) {
        combos[s] = new QComboBox(&ask);
        if (s == 1)
            combos[s]->addItem(tr("None"), QString());
        for (const QString &l : langs)
            combos[s]->addItem(languageLabel(l), l);
        const int want = combos[s]->findData(planned.value(s));
        if (want >= 0)
            combos[s]->setCurrentIndex(want);
        form->addRow(s == 0 ? tr("Transcript language") : tr("Second language (side by side)"), combos[s]);
    }
    auto *notes = new QCheckBox(tr("Include my notes"), &ask);
    form->addRow(notes);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (QComboBox *c : combos)
        if (!c->currentData().toString().isEmpty() && !chosen.contains(c->currentData().toString()))
            chosen << c->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the handout"),
                                                      QStringLiteral("%1.pdf").arg(m_name->text().trimmed()),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        printHandout(path, chosen, notes->isChecked());
}

void SessionEditorDialog::onDeleteClicked()
{
    if (m_planId <= 0) {
        newPlan();
        return;
    }
    if (QMessageBox::question(this, tr("Delete plan"), tr("Delete the plan “%1”?").arg(m_name->text())) !=
        QMessageBox::Yes)
        return;
    try {
        m_data->plans().remove(m_planId);
    } catch (const db::DbError &e) {
        message(e.message(), true);
        return;
    }
    m_planId = 0;
    reloadPlanList();
    newPlan();
}

} // namespace cairn::app
