// A small program linking the core, for the reliability tests: the changes the CLI has no command for
// (the window's bulk edit, an edit made from a copy read a while ago) and a write lock held on purpose,
// each in a process of its own so that a test can kill it or race it against daicho-cli.
//
//   worker bulk PATH TEXT         sets every asset's remarks to TEXT in one Register::batch
//   worker hold PATH MS           starts a change (the write lock) as 「worker」 and holds it for MS milliseconds
//   worker edit PATH ASSET NAME   reads the asset, prints "read", waits for a line on stdin, then saves NAME
//
// Exit codes: 0 done, 1 refused (its message on stderr), 2 usage, 3 the register could not be opened.
#include "storage/Register.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

using namespace daicho;

namespace {

int refuse(const Error& e)
{
    QTextStream(stderr) << e.message << Qt::endl;
    return e.code == ErrorCode::Conflict || e.code == ErrorCode::Validation ? 1 : 3;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return 2;
    SystemClock clock;
    const Actor actor = Actor::current(QStringLiteral("worker"));
    Result<std::unique_ptr<Register>> opened = Register::open(args[1], clock);
    if (!opened)
        return refuse(opened.error());
    Register& reg = *opened.value();
    QTextStream out(stdout);

    if (args[0] == QLatin1String("bulk")) {
        const QVector<Asset> all = reg.assets();
        const Result<void> done = reg.batch([&]() -> Result<void> {
            for (Asset a : all) {
                if (a.isDisposed())
                    continue;
                a.remarks = args[2];
                const Result<Asset> saved = reg.updateAsset(a, actor);
                if (!saved)
                    return saved.error();
            }
            return {};
        });
        if (!done)
            return refuse(done.error());
        out << "done" << Qt::endl;
        return 0;
    }
    if (args[0] == QLatin1String("hold")) {
        const Result<void> done = reg.batch([&]() -> Result<void> {
            out << "holding" << Qt::endl;
            QThread::msleep(args[2].toULong());
            return {};
        }, actor);
        return done ? 0 : refuse(done.error());
    }
    if (args[0] == QLatin1String("edit") && args.size() == 4) {
        std::optional<Asset> a = reg.assetByNo(args[2]);
        if (!a)
            return 2;
        out << "read " << a->rowVersion << Qt::endl;
        std::string line;
        std::getline(std::cin, line);
        a->name = args[3];
        const Result<Asset> saved = reg.updateAsset(*a, actor);
        if (!saved)
            return refuse(saved.error());
        out << "saved" << Qt::endl;
        return 0;
    }
    return 2;
}
