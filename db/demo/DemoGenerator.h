#pragma once

#include "storage/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <memory>

namespace daicho {

class Clock;
class Register;

struct DemoOptions
{
    int assets = 40;
    quint32 seed = 1;
};

// Fills a register with a realistic synthetic city: an organisation tree of 部・課・係 and bodies
// outside the mayor's tree, and assets such sections really hold, classified as a careful 課長
// would (with a few deliberate lapses so the rules have something to find). Deterministic per seed.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(daicho::DemoGenerator)
public:
    // Adds the organisation tree when the register has none, then the assets in one transaction.
    static Result<int> populate(Register& reg, const DemoOptions& options, const Actor& actor);

    // The register a new user sees on first start: created at `path` with the demo city when the
    // file does not exist yet, otherwise simply opened.
    static Result<std::unique_ptr<Register>> openOrCreateDefault(const QString& path, const Actor& actor,
                                                                 const Clock& clock);
};

} // namespace daicho
