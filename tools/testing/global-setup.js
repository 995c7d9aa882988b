// filled in by the database helpers (see tools/testing/test-databases)
module.exports = async () => {};
