declare module 'decap-cms-locales/src/vi/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
declare module 'decap-cms-locales/src/en/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
