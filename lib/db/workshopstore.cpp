#include "db/workshopstore.h"

#include "db/database.h"

#include <QDateTime>

namespace cairn::db {

using workshop::PausePoint;
using workshop::SessionItem;
using workshop::SessionPlan;

WorkshopStore::WorkshopStore(Database &db)
    : m_db(db)
{
}

QList<SessionSummary> WorkshopStore::sessions()
{
    QList<SessionSummary> out;
    auto st = m_db.prepare("SELECT s.id, s.name, s.updated_at, "
                           "(SELECT COUNT(*) FROM user.workshop_items i WHERE i.session_id = s.id) "
                           "FROM user.workshop_sessions s ORDER BY s.updated_at DESC, s.id DESC");
    while (st.step())
        out.append(SessionSummary{st.int64(0), st.text(1), st.int32(3), st.int64(2)});
    st.reset();
    return out;
}

std::optional<SessionPlan> WorkshopStore::load(qint64 id)
{
    SessionPlan plan;
    {
        auto st = m_db.prepare("SELECT id, name, notes FROM user.workshop_sessions WHERE id = ?1");
        st.bind(1, id);
        if (!st.step()) {
            st.reset();
            return std::nullopt;
        }
        plan.id = st.int64(0);
        plan.name = st.text(1);
        plan.notes = st.text(2);
        st.reset();
    }
    QList<qint64> itemIds;
    {
        auto st = m_db.prepare("SELECT id, fingerprint, last_path, title, in_ms, out_ms, languages, notes "
                               "FROM user.workshop_items WHERE session_id = ?1 ORDER BY position, id");
        st.bind(1, id);
        while (st.step()) {
            SessionItem item;
            itemIds.append(st.int64(0));
            item.fingerprint = st.text(1);
            item.path = st.text(2);
            item.title = st.text(3);
            item.inMs = st.int64(4);
            item.outMs = st.int64(5);
            item.languages = st.text(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            item.notes = st.text(7);
            plan.items.append(item);
        }
        st.reset();
    }
    auto pauses = m_db.prepare("SELECT at_ms, prompt FROM user.workshop_pauses WHERE item_id = ?1 ORDER BY at_ms, id");
    for (int i = 0; i < itemIds.size(); ++i) {
        pauses.bind(1, itemIds.at(i));
        while (pauses.step())
            plan.items[i].pauses.append(PausePoint{pauses.int64(0), pauses.text(1)});
        pauses.reset();
    }
    return plan;
}

qint64 WorkshopStore::save(const SessionPlan &plan)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(m_db, Transaction::Lock::Deferred); // writes only user.*, see Transaction
    qint64 id = plan.id;
    if (id > 0) {
        m_db.prepare("UPDATE user.workshop_sessions SET name = ?2, notes = ?3, updated_at = ?4 WHERE id = ?1")
            .bind(1, id)
            .bind(2, plan.name)
            .bind(3, plan.notes)
            .bind(4, now)
            .run();
        if (m_db.changes() == 0)
            id = 0; // deleted meanwhile: save it as a new plan rather than lose it
        else // the items are rewritten whole: plans are small and this keeps the order trivially right
            m_db.prepare("DELETE FROM user.workshop_items WHERE session_id = ?1").bind(1, id).run();
    }
    if (id <= 0) {
        m_db.prepare("INSERT INTO user.workshop_sessions(name, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)")
            .bind(1, plan.name)
            .bind(2, plan.notes)
            .bind(3, now)
            .run();
        id = m_db.lastInsertId();
    }
    auto insItem = m_db.prepare("INSERT INTO user.workshop_items(session_id, position, fingerprint, last_path, title, "
                                "in_ms, out_ms, languages, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto insPause = m_db.prepare("INSERT INTO user.workshop_pauses(item_id, at_ms, prompt) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < plan.items.size(); ++i) {
        const SessionItem &item = plan.items.at(i);
        insItem.bind(1, id)
            .bind(2, i)
            .bind(3, item.fingerprint)
            .bind(4, item.path)
            .bind(5, item.title)
            .bind(6, item.inMs)
            .bind(7, item.outMs)
            .bind(8, item.languages.join(QLatin1Char(' ')))
            .bind(9, item.notes)
            .run();
        const qint64 itemId = m_db.lastInsertId();
        for (const PausePoint &p : item.pauses)
            insPause.bind(1, itemId).bind(2, p.atMs).bind(3, p.prompt).run();
    }
    tx.commit();
    return id;
}

bool WorkshopStore::remove(qint64 id)
{
    m_db.prepare("DELETE FROM user.workshop_sessions WHERE id = ?1").bind(1, id).run();
    return m_db.changes() > 0;
}

} // namespace cairn::db
