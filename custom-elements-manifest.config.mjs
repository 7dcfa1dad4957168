// @custom-elements-manifest/analyzer config shared by every package (run from the package folder).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
