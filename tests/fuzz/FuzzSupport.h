#pragma once

// What every libFuzzer harness needs: a QCoreApplication (SQLite's driver is a Qt plugin; QFile and the
// text codecs want one), Qt's warnings kept off the fuzzer's output, and a scratch folder for the
// readers that take a path.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace daicho::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // A fatal message still ends the run, so the fuzzer reports it as a crash.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void start(int* argc, char*** argv)
{
    static QCoreApplication* app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv); // lives as long as the process, as the readers expect
    if (!qEnvironmentVariableIsSet("DAICHO_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietMessages);
}

// A folder of its own for the whole run, removed at exit.
inline QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz: no temporary folder\n");
        std::abort();
    }
    return dir;
}

inline QString writeInput(const QString& name, const uint8_t* data, size_t size)
{
    const QString path = scratch().filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

// A broken promise of the code under test: reported as a crash, with the input saved by libFuzzer.
#define DAICHO_FUZZ_CHECK(condition, what)                                                                   \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s)\n", what, #condition);                         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (0)

} // namespace daicho::fuzz
