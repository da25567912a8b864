// The benchmark mix must measure working expressions, and the CLI's figure must be a real rate.
#include "expr/exprbenchmark.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace flowdesk::expr;

TEST(ExprBenchmark, TheMixEvaluatesToTheAnswersOfItsForm)
{
    BenchmarkWorkload workload;
    EXPECT_EQ(workload.size(), 9);
    EXPECT_EQ(workload.runOnce(), 9);
    // Eight conditions that hold for the sample household, plus "adult" (5 characters).
    EXPECT_EQ(workload.checksum(), 8 + 5);
}

TEST(ExprBenchmark, ReportsEvaluationsPerSecond)
{
    const double rate = benchmarkEvaluations(200);
    EXPECT_TRUE(std::isfinite(rate));
    EXPECT_GT(rate, 0);
}
