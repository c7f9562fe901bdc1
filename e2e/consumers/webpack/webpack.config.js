// A plain webpack 5 app: one entry, nothing configured for Steplight. The page is written by the small plugin below.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

class WritePage {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WritePage', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'WritePage', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const html = readFileSync(resolve(__dirname, 'index.html'), 'utf8').replace('SCRIPT', 'main.js');
        compilation.emitAsset('index.html', new compiler.webpack.sources.RawSource(html));
      });
    });
  }
}

module.exports = {
  entry: './src/main.js',
  output: { path: resolve(__dirname, 'dist'), filename: 'main.js', clean: true },
  plugins: [new WritePage()],
  performance: { hints: false },
};
