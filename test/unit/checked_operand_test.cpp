//===- checked_operand_test.cpp - The sent value under a marker operator --===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The runtime's `checked_operand` (markers.hpp), which the output puts
/// around the sent value where the source compared the marker's value with
/// an arithmetic value, or added it to a variable with `+=` and the like,
/// and the send type is not arithmetic. The operator called is the send
/// type's own. The value is passed on without a copy. The result is the
/// built-in operator's type: `bool`, or the left operand itself.
/// (transform/checked-operand.cpp checks that another type fails the build;
/// run/yield-in-comparison.cpp checks the same through the tool.)
///
//===----------------------------------------------------------------------===//

#include <corogen/corogen.hpp>

#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

using corogen::detail::checked_operand;

/// A send type that logs which of its operators runs, and each copy.
struct Money {
  int cents;
  std::vector<std::string> *log;
  Money(int cents, std::vector<std::string> *log) : cents(cents), log(log) {}
  Money(const Money &o) : cents(o.cents), log(o.log) { log->push_back("copy"); }
  friend bool operator<(const Money &m, int v) {
    m.log->push_back("money < int");
    return m.cents < v;
  }
  friend bool operator<(int v, const Money &m) {
    m.log->push_back("int < money");
    return v < m.cents;
  }
  friend bool operator==(const Money &m, double v) {
    m.log->push_back("money == double");
    return m.cents == v;
  }
  operator int() const {
    log->push_back("to int");
    return cents;
  }
};

TEST(CheckedOperand, ComparisonCallsTheSendTypesOperatorInEitherOrder) {
  std::vector<std::string> log;
  Money m(5, &log);
  bool less = checked_operand(std::move(m)) < 10;
  bool greater = 3 < checked_operand(std::move(m));
  bool equal = checked_operand(std::move(m)) == 5.0;
  static_assert(std::is_same<decltype(checked_operand(std::move(m)) < 10), bool>::value,
                "a comparison gives bool");
  EXPECT_TRUE(less);
  EXPECT_TRUE(greater);
  EXPECT_TRUE(equal);
  EXPECT_EQ(log, (std::vector<std::string>{"money < int", "int < money", "money == double"}));
}

TEST(CheckedOperand, ComparisonOfATemporaryCopiesNothing) {
  std::vector<std::string> log;
  bool less = checked_operand(Money(1, &log)) < 2;
  EXPECT_TRUE(less);
  EXPECT_EQ(log, (std::vector<std::string>{"money < int"}));
}

TEST(CheckedOperand, CompoundAssignmentGivesTheLeftOperand) {
  std::vector<std::string> log;
  int total = 10;
  int &result = (total += checked_operand(Money(7, &log)));
  EXPECT_EQ(&result, &total);
  EXPECT_EQ(total, 17);
  total -= checked_operand(Money(2, &log));
  total *= checked_operand(Money(3, &log));
  EXPECT_EQ(total, 45);
  EXPECT_EQ(log, (std::vector<std::string>{"to int", "to int", "to int"}));
}

TEST(CheckedOperand, CompoundAssignmentToAPointer) {
  std::vector<std::string> log;
  int values[4] = {0, 1, 2, 3};
  int *p = values;
  p += checked_operand(Money(2, &log));
  EXPECT_EQ(p, values + 2);
}

TEST(CheckedOperand, ArithmeticSendTypeInATemplate) {
  // (In a template whose send type is a template parameter, instantiated
  // with an arithmetic type.)
  long sent = 4;
  EXPECT_TRUE(checked_operand(std::move(sent)) >= 4);
  EXPECT_FALSE(2.5 > checked_operand(std::move(sent)));
  unsigned bits = 1;
  bits <<= checked_operand(std::move(sent));
  EXPECT_EQ(bits, 16u);
}

} // namespace
