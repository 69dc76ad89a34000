// The planner's instance (instance.py, text form on standard input) for
// Gecode 6.2: an engine candidate the benchmark measures. Branch and bound
// on one cost: priority lost × 3,000,000 + the sum of ends; branching puts
// the most important events in first, then each event at its earliest
// start (set-times). Prints one JSON object: the best plan found within
// the time limit (argv[1], seconds) and whether it is proven best.
#include <gecode/int.hh>
#include <gecode/minimodel.hh>
#include <gecode/search.hh>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <vector>

using namespace Gecode;

struct Item {
  bool fixed;
  int priority, length;
  std::vector<std::array<int, 3>> options;
  std::vector<std::pair<int, int>> busy;
};

struct Lunch {
  int day, lo, hi, length;
  std::vector<int> members;
  std::vector<std::array<int, 4>> journeys;
};

struct Instance {
  int horizon = 0;
  std::vector<Item> items;
  std::vector<std::array<int, 4>> pairs;
  std::vector<std::array<int, 3>> after;
  std::vector<Lunch> lunches;
};

static const int kWeight = 3000000;

static Instance read() {
  Instance in;
  int n;
  std::cin >> n >> in.horizon;
  in.items.resize(n);
  for (auto& item : in.items) {
    int fixed, options, busy;
    std::cin >> fixed >> item.priority >> item.length >> options;
    item.fixed = fixed;
    item.options.resize(options);
    for (auto& o : item.options) std::cin >> o[0] >> o[1] >> o[2];
    std::cin >> busy;
    item.busy.resize(busy);
    for (auto& b : item.busy) std::cin >> b.first >> b.second;
  }
  int count;
  std::cin >> count;
  in.pairs.resize(count);
  for (auto& p : in.pairs) std::cin >> p[0] >> p[1] >> p[2] >> p[3];
  std::cin >> count;
  in.after.resize(count);
  for (auto& a : in.after) std::cin >> a[0] >> a[1] >> a[2];
  std::cin >> count;
  in.lunches.resize(count);
  for (auto& l : in.lunches) {
    int members;
    std::cin >> l.day >> l.lo >> l.hi >> l.length >> members;
    l.members.resize(members);
    for (auto& m : l.members) std::cin >> m;
    int journeys;
    std::cin >> journeys;
    l.journeys.resize(journeys);
    for (auto& j : l.journeys) std::cin >> j[0] >> j[1] >> j[2] >> j[3];
  }
  return in;
}

class Plan : public IntMinimizeSpace {
 public:
  IntVarArray start;
  BoolVarArray present;
  IntVarArray day;
  IntVar total;

  Plan(const Instance& in)
      : start(*this, in.items.size(), 0, in.horizon),
        present(*this, in.items.size(), 0, 1),
        day(*this, in.items.size(), -1, in.horizon / 1440),
        total(*this, 0, Int::Limits::max) {
    const auto& items = in.items;
    for (size_t k = 0; k < items.size(); k++) {
      const Item& item = items[k];
      if (item.fixed) {
        rel(*this, start[k], IRT_EQ, item.options[0][1]);
        rel(*this, present[k], IRT_EQ, 1);
        rel(*this, day[k], IRT_EQ, item.options[0][0]);
        continue;
      }
      IntArgs days;
      days << -1;
      for (auto& o : item.options) days << o[0];
      dom(*this, day[k], IntSet(days));
      rel(*this, (day[k] == -1) == !present[k]);
      for (auto& o : item.options) {
        rel(*this, (day[k] == o[0]) >> ((start[k] >= o[1]) && (start[k] <= o[2])));
      }
      rel(*this, (!present[k]) >> (start[k] == 0));
      for (auto& b : item.busy) {
        rel(*this, present[k] >> ((start[k] + item.length <= b.first) || (start[k] >= b.second)));
      }
    }
    for (auto& p : in.pairs) {
      int a = p[0], b = p[1];
      rel(*this, (present[a] && present[b]) >>
                     ((start[a] + items[a].length + p[2] <= start[b]) ||
                      (start[b] + items[b].length + p[3] <= start[a])));
    }
    for (auto& a : in.after) {
      rel(*this, (present[a[0]] && present[a[1]]) >>
                     (start[a[1]] >= start[a[0]] + items[a[0]].length + a[2]));
    }
    for (auto& l : in.lunches) {
      IntVar lunch(*this, l.lo, l.hi);
      for (int k : l.members) {
        rel(*this, (day[k] == l.day) >>
                       ((lunch + l.length <= start[k]) || (start[k] + items[k].length <= lunch)));
      }
      // The latest end before lunch and the earliest start after it; two
      // events at venues around lunch: the journey fits right before or
      // right after it.
      IntVar lastEnd(*this, 0, in.horizon), nextStart(*this, 0, in.horizon);
      for (int k : l.members) {
        rel(*this, ((day[k] == l.day) && (start[k] + items[k].length <= lunch)) >>
                       (lastEnd >= start[k] + items[k].length));
        rel(*this, ((day[k] == l.day) && (lunch + l.length <= start[k])) >> (nextStart <= start[k]));
      }
      for (auto& j : l.journeys) {
        int pairs[2][3] = {{j[0], j[1], j[2]}, {j[1], j[0], j[3]}};
        for (auto& p : pairs) {
          int a = p[0], b = p[1], gap = p[2];
          if (gap == 0) continue;
          rel(*this, ((day[a] == l.day) && (day[b] == l.day) &&
                      (start[a] + items[a].length <= lunch) && (lunch + l.length <= start[b])) >>
                         ((lastEnd + gap <= lunch) || (lunch + l.length + gap <= nextStart)));
        }
      }
    }
    IntArgs coefficients;
    IntVarArgs variables;
    int constant = 0;
    for (size_t k = 0; k < items.size(); k++) {
      if (items[k].fixed) continue;
      constant += kWeight * items[k].priority;
      // cost = Σ kWeight·prio·(1 − p) + Σ (start + length·p)
      BoolVar p = present[k];
      IntVar pi = channel(*this, p);
      coefficients << (items[k].length - kWeight * items[k].priority) << 1;
      variables << pi << start[k];
    }
    linear(*this, coefficients, variables, IRT_EQ, expr(*this, total - constant));
    // Event by event, the most important and shortest first, each in the
    // programme if it can be, on its earliest day, at its earliest start:
    // the greedy plan is the first branch, and the search backtracks from it.
    std::vector<int> order;
    for (size_t k = 0; k < items.size(); k++) {
      if (!items[k].fixed) order.push_back(k);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      if (items[a].priority != items[b].priority) return items[a].priority > items[b].priority;
      return items[a].length < items[b].length;
    });
    for (int k : order) {
      branch(*this, present[k], BOOL_VAL_MAX());
      branch(*this, day[k], INT_VAL_MIN());
      branch(*this, start[k], INT_VAL_MIN());
    }
  }

  Plan(Plan& other) : IntMinimizeSpace(other) {
    start.update(*this, other.start);
    present.update(*this, other.present);
    day.update(*this, other.day);
    total.update(*this, other.total);
  }

  Space* copy() override { return new Plan(*this); }
  IntVar cost() const override { return total; }
};

int main(int argc, char** argv) {
  double limit = argc > 1 ? atof(argv[1]) : 10.0;
  Instance in = read();
  auto began = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  };
  Plan* root = new Plan(in);
  Search::Options options;
  options.threads = 2;
  options.stop = new Search::TimeStop(static_cast<unsigned long>(limit * 1000));
  BAB<Plan> engine(root, options);
  delete root;
  Plan* best = nullptr;
  double first = -1;
  while (Plan* solution = engine.next()) {
    if (first < 0) first = seconds();
    delete best;
    best = solution;
  }
  bool proven = !engine.stopped();
  if (best == nullptr) {
    std::printf("{\"status\": \"%s\", \"seconds\": %.3f}\n", proven ? "INFEASIBLE" : "UNKNOWN",
                seconds());
    return 0;
  }
  long priority = 0, ends = 0;
  for (size_t k = 0; k < in.items.size(); k++) {
    if (in.items[k].fixed || best->present[k].val() == 0) continue;
    priority += in.items[k].priority;
    ends += best->start[k].val() + in.items[k].length;
  }
  std::printf(
      "{\"status\": \"%s\", \"priority\": %ld, \"sum-of-ends\": %ld, \"seconds\": %.3f, "
      "\"first-seconds\": %.3f, \"proven\": %s}\n",
      proven ? "OPTIMAL" : "FEASIBLE", priority, ends, seconds(), first,
      proven ? "true" : "false");
  delete best;
  return 0;
}
