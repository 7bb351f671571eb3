#pragma once
// Workshop session plans in user.sqlite (schema "user", migration 0002_workshop.sql). The only SQL of the workshop
// feature lives here. Works on a Database that has user.sqlite attached as "user" (IndexStore::db()).
// Thread: the thread that owns the Database. Errors are thrown as DbError, like the rest of lib/db.
#include "workshop/sessionplan.h"

#include <QList>
#include <QString>
#include <optional>

namespace cairn::db {

class Database;

struct SessionSummary
{
    qint64 id = 0;
    QString name;
    int itemCount = 0;
    qint64 updatedAtMs = 0;
};

class WorkshopStore
{
public:
    /// `db` is not owned and must outlive the store; it must have user.sqlite attached as "user".
    explicit WorkshopStore(Database &db);

    /// All saved plans, most recently changed first.
    QList<SessionSummary> sessions();
    /// The plan with its items and pause points in order; nullopt when there is no such plan.
    std::optional<workshop::SessionPlan> load(qint64 id);
    /// Inserts (plan.id == 0) or replaces the plan and all its items, in one transaction. Returns the id.
    qint64 save(const workshop::SessionPlan &plan);
    bool remove(qint64 id);

private:
    Database &m_db;
};

} // namespace cairn::db
