#include "db/migrations.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

// The resources live in the static core library: make sure they are registered before first use.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(cairn_db_migrations);
}

namespace cairn::db {

namespace {

QString folderFor(Schema schema)
{
    switch (schema) {
    case Schema::Index:
        return QStringLiteral(":/cairn/db/index");
    case Schema::User:
        return QStringLiteral(":/cairn/db/user");
    case Schema::CueShard:
        break;
    }
    return QStringLiteral(":/cairn/db/cues2");
}

/// Version number -> resource path, from names like "0001_initial.sql".
QMap<int, QString> migrationFiles(Schema schema)
{
    static const bool once = (initMigrationResources(), true);
    Q_UNUSED(once);
    QMap<int, QString> files;
    const QDir dir(folderFor(schema));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

int userVersion(Database &db)
{
    auto st = db.prepare("PRAGMA user_version", false);
    return st.step() ? st.int32(0) : 0;
}

} // namespace

int latestVersion(Schema schema)
{
    const auto files = migrationFiles(schema);
    return files.isEmpty() ? 0 : files.lastKey();
}

void migrate(Database &db, Schema schema)
{
    const auto files = migrationFiles(schema);
    const int latest = files.isEmpty() ? 0 : files.lastKey();
    const int current = userVersion(db);
    if (current > latest) {
        throw DbError(DbError::Kind::TooNew, 0,
                      QCoreApplication::translate("cairn::db",
                                                  "The library database %1 was made by a newer version of Cairn "
                                                  "(schema %2, this version knows %3). Update Cairn; the file was "
                                                  "left untouched.")
                          .arg(QDir::toNativeSeparators(db.path()))
                          .arg(current)
                          .arg(latest));
    }
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= current)
            continue;
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly))
            throw DbError(DbError::Kind::Generic, 0, QStringLiteral("missing migration %1").arg(it.value()));
        Transaction tx(db);
        db.exec(QString::fromUtf8(f.readAll()));
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(it.key()));
        tx.commit();
    }
}

} // namespace cairn::db
