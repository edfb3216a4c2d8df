/**
 * Prints one plain closing line, "jest: N passed, N failed[, N skipped]", which CI tooling reads
 * whatever the test runner.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests + results.numRuntimeErrorTestSuites} failed${tail}\n`,
    );
  }
}
module.exports = SummaryReporter;
