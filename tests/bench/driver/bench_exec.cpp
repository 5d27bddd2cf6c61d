// bench_exec PROGRAM [ARGS...]: stamps CLOCK_MONOTONIC into POPSELL_BENCH_T0_NS, then
// execv()s PROGRAM, so that startup is measured from the exec itself (dynamic loading and
// relocation included), not from whenever the driver's process spawning got round to it.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_exec PROGRAM [ARGS...]\n");
        return 2;
    }
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    const std::string stamp =
        std::to_string(static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
    setenv("POPSELL_BENCH_T0_NS", stamp.c_str(), 1);
    execv(argv[1], argv + 1);
    std::perror("bench_exec");
    return 127;
}
