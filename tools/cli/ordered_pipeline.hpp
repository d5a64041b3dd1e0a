#pragma once
// A reader thread, N worker threads and the calling thread as writer, with results handed to the
// writer in input order. At most `window` items exist at once (queued, being worked on, or waiting
// for their turn), so memory stays bounded however long the input is. Each worker owns a `Scratch`
// (memory a transform reuses from item to item, such as a ParseArena), made on its thread.

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <queue>
#include <thread>
#include <utility>
#include <vector>

namespace warta::cli {

template <typename In, typename Out, typename Scratch>
class OrderedPipeline {
 public:
  using Produce = std::function<void(const std::function<void(In&&)>& push)>;
  using Transform = std::function<Out(In&&, Scratch&)>;
  using Consume = std::function<void(Out&&)>;
  using Idle = std::function<void()>;

  OrderedPipeline(unsigned jobs, std::size_t window) : jobs_(jobs == 0 ? 1 : jobs), window_(window < 1 ? 1 : window) {}

  // Runs until `produce` returns and every item was consumed. `idle` runs on the writer before it
  // waits for the next result (the place to flush output). An exception from a thread is rethrown.
  void run(const Produce& produce, const Transform& transform, const Consume& consume, const Idle& idle) {
    std::thread reader([&] { guarded([&] { produce([this](In&& item) { push(std::move(item)); }); }); finish_reading(); });
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs_; ++i) workers.emplace_back([&] { guarded([&] { work(transform); }); });
    guarded([&] { write(consume, idle); });
    {
      // On an error the writer stops early: release everyone.
      std::lock_guard lock(mutex_);
      stop();
    }
    reader.join();
    for (std::thread& worker : workers) worker.join();
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void push(In&& item) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [this] { return stopping_ || produced_ - written_ < window_; });
    if (stopping_) return;
    queue_.emplace(produced_++, std::move(item));
    work_.notify_one();
  }

  void finish_reading() {
    std::lock_guard lock(mutex_);
    reading_done_ = true;
    work_.notify_all();
    ready_.notify_one();
  }

  void work(const Transform& transform) {
    Scratch scratch;
    for (;;) {
      std::unique_lock lock(mutex_);
      work_.wait(lock, [this] { return stopping_ || !queue_.empty() || reading_done_; });
      if (stopping_ || queue_.empty()) return;
      auto [sequence, item] = std::move(queue_.front());
      queue_.pop();
      lock.unlock();
      Out out = transform(std::move(item), scratch);
      lock.lock();
      done_.emplace(sequence, std::move(out));
      if (sequence == written_) ready_.notify_one();
    }
  }

  void write(const Consume& consume, const Idle& idle) {
    std::unique_lock lock(mutex_);
    for (;;) {
      const auto ready = [this] { return stopping_ || done_.contains(written_) || (reading_done_ && written_ == produced_); };
      if (!ready()) {
        lock.unlock();
        idle();
        lock.lock();
        ready_.wait(lock, ready);
      }
      if (stopping_ || !done_.contains(written_)) return;
      auto node = done_.extract(written_);
      lock.unlock();
      consume(std::move(node.mapped()));
      lock.lock();
      ++written_;
      room_.notify_one();
    }
  }

  // Keeps the first exception and stops the others.
  template <typename F>
  void guarded(F&& f) {
    try {
      f();
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!failure_) failure_ = std::current_exception();
      stop();
    }
  }

  // Called with the mutex held.
  void stop() {
    stopping_ = true;
    room_.notify_all();
    work_.notify_all();
    ready_.notify_all();
  }

  const unsigned jobs_;
  const std::size_t window_;
  std::mutex mutex_;
  // Each waiter waits on its own condition, and is woken only when it may proceed: a notify_all()
  // per page woke every thread and cost the workers a few percent under --jobs 2.
  std::condition_variable room_;   // the reader: the window has room
  std::condition_variable work_;   // the workers: the queue has an item, or reading is done
  std::condition_variable ready_;  // the writer: the next item in order is done, or all are
  std::queue<std::pair<std::uint64_t, In>> queue_;
  std::map<std::uint64_t, Out> done_;
  std::uint64_t produced_ = 0;
  std::uint64_t written_ = 0;
  bool reading_done_ = false;
  bool stopping_ = false;
  std::exception_ptr failure_;
};

}  // namespace warta::cli
