#include "cli/serve.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <thread>

namespace sitrep::cli {

int RunServer(server::ServerOptions options, const PipelineOptions& pipeline) {
  options.pipeline = pipeline;
  // SIGINT and SIGTERM stop the server from a thread of its own, not from a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  auto started = server::Server::Start(options);
  if (!started.ok()) {
    std::cerr << "sitrep: " << started.status().message() << "\n";
    return 2;
  }
  server::Server& srv = **started;
  std::string web = server::FindWebDir(options.web_dir);
  std::cerr << "sitrep: serving " << options.db << " on http://" << options.host << ":" << srv.port() << "/"
            << (web.empty() ? " (no map page found)" : " (map page from " + web + ")") << "; "
            << (!options.token.empty()                   ? "writes need the API token"
                : options.allow_unauthenticated_writes ? "writes need no token (--allow-unauthenticated-writes)"
                                                       : "no writes: started without an API token")
            << "\n";
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    srv.Stop();
  });
  Status s = srv.Run();
  pthread_kill(stopper.native_handle(), SIGTERM);  // wakes the stopper when Run ended by itself
  stopper.join();
  if (!s.ok()) {
    std::cerr << "sitrep: " << s.message() << "\n";
    // Threads still answering use the server: exit without destroying it.
    std::_Exit(1);
  }
  std::cerr << "sitrep: stopped\n";
  return 0;
}


}  // namespace sitrep::cli
