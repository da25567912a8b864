#include "command.h"

#include "clisession.h"

#include "batch/batchimporter.h"
#include "batch/officekey.h"
#include "store/database.h"

#include <QCommandLineParser>

namespace flowdesk::cli {

namespace {
const char *const kUsage =
    "Usage: flowdesk-cli key show|list|trust|untrust|office --db PATH [--user ADMIN]\n"
    "  show                        this office's key id and fingerprint (no --user needed)\n"
    "  list                        the other offices' keys trusted here\n"
    "  trust --from BATCH [--office NAME] | --public-key BASE64 --office NAME\n"
    "                              trust the key that signed BATCH (folder or .zip): check its fingerprint with\n"
    "                              the sending office first\n"
    "  untrust --key-id ID         stop trusting a key\n"
    "  office --name NAME          the office name batches from here carry\n";
} // namespace

// The office key (made with the database) and the keys of other offices an administrator trusts.
int key(const QStringList &args)
{
    if (args.isEmpty()) {
        err() << kUsage;
        return 2;
    }
    const QString verb = args.first();
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kUsage));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The administrator acting."),
                                        QStringLiteral("ADMIN"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("A batch signed with the key."),
                                        QStringLiteral("BATCH"));
    const QCommandLineOption publicOption(QStringLiteral("public-key"), QStringLiteral("The public key, base64."),
                                          QStringLiteral("BASE64"));
    const QCommandLineOption officeOption(QStringLiteral("office"), QStringLiteral("The office the key belongs to."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption idOption(QStringLiteral("key-id"), QStringLiteral("A trusted key's id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("This office's name."),
                                        QStringLiteral("NAME"));
    parser.addOptions({dbOption, userOption, fromOption, publicOption, officeOption, idOption, nameOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli key ") + verb} + args.mid(1));
    const QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        err() << kUsage;
        return 2;
    }
    QString error;
    auto db = Database::open(path, verb == u"show" || verb == u"list" ? OpenMode::ReadOnly : OpenMode::ReadWrite,
                             &error);
    if (!db) {
        err() << "flowdesk-cli key: " << error << "\n";
        return 1;
    }
    if (verb == u"show") {
        const auto office = OfficeKey::load(*db, &error);
        if (!office) {
            err() << "flowdesk-cli key show: " << error << "\n";
            return 1;
        }
        out() << "Office:      " << office->officeLabel() << "\n"
              << "Key id:      " << office->keyId() << "\n"
              << "Fingerprint: " << office->fingerprint() << "\n"
              << "Public key:  " << QString::fromLatin1(office->publicKey().toBase64()) << "\n";
        return 0;
    }
    KeyRing ring(*db);
    if (verb == u"list") {
        const auto keys = ring.trusted(&error);
        if (!error.isEmpty()) {
            err() << "flowdesk-cli key list: " << error << "\n";
            return 1;
        }
        for (const TrustedKey &k : keys)
            out() << k.keyId << "\t" << ed25519::fingerprint(k.publicKey) << "\t" << k.office << "\ttrusted by "
                  << k.trustedBy << " " << k.trustedAt.toLocalTime().toString(Qt::ISODate) << "\n";
        if (keys.empty())
            out() << "No other office's key is trusted here.\n";
        return 0;
    }
    const auto session = logIn(*db, parser.value(userOption), "key");
    if (!session)
        return 1;
    bool ok = false;
    if (verb == u"trust") {
        QByteArray publicKey;
        QString office = parser.value(officeOption);
        if (parser.isSet(fromOption)) {
            publicKey = BatchImporter::signingKey(parser.value(fromOption), &error);
            if (office.isEmpty())
                office = BatchImporter(*db).check(parser.value(fromOption)).batch.office;
        } else {
            publicKey = QByteArray::fromBase64(parser.value(publicOption).toLatin1());
        }
        ok = !publicKey.isEmpty() && ring.trust(*session, publicKey, office, &error);
        if (ok)
            out() << "Trusted key " << ed25519::keyId(publicKey) << " (fingerprint " << ed25519::fingerprint(publicKey)
                  << ") of " << (office.isEmpty() ? QStringLiteral("an unnamed office") : office) << ".\n";
    } else if (verb == u"untrust") {
        ok = ring.untrust(*session, parser.value(idOption), &error);
        if (ok)
            out() << "Key " << parser.value(idOption) << " is no longer trusted.\n";
    } else if (verb == u"office") {
        ok = ring.setOfficeName(*session, parser.value(nameOption), &error);
        if (ok)
            out() << "Batches from here now carry the office name '" << parser.value(nameOption).trimmed() << "'.\n";
    } else {
        err() << kUsage;
        return 2;
    }
    if (!ok) {
        err() << "flowdesk-cli key " << verb << ": " << error << "\n";
        return 1;
    }
    return 0;
}

} // namespace flowdesk::cli
