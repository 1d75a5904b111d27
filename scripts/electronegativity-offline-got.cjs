// Stands in for the `got` HTTP client inside Electronegativity (see check-electronegativity.cjs):
// every request fails at once, so the scanner uses its bundled English messages offline.
module.exports = () => Promise.reject(new Error('offline: Folio scans without network access'));
