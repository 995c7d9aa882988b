// jest's own runtime (jest-runtime), with V8's code cache kept for the whole jest worker.
//
// jest gives every spec file a fresh module registry, so each API spec evaluates Nest, TypeORM,
// graphql, Apollo and our libraries again (~2 s per file, most of the API specs' load time); that
// stays: every file still gets its own module instances, globals and state. What this runtime keeps
// between the files of one worker is only V8's compiled bytecode of each module's source (the code
// cache, the same thing Node's own compile cache stores on disk): the first file to load a module
// compiles it; the later ones hand the bytecode back to V8 instead of parsing and compiling the same
// source again. A cache entry is used only for byte-identical source, and V8 itself rejects data
// that does not fit (then the source is compiled as before).
//
// The module wrapper is jest's: the same parameters (module, exports, require, __dirname,
// __filename, jest), the same `import()` handling, and line numbers (stack traces, source maps)
// unchanged: the wrapper sits on a line of its own and lineOffset -1 takes it back out.
const path = require('node:path');
const vm = require('node:vm');

const jestRunner = path.dirname(require.resolve('jest-runner/package.json'));
const Runtime = require(require.resolve('jest-runtime', { paths: [jestRunner] })).default;

/** filename -> { source, data }: per jest worker, shared by every spec file it runs. */
const codeCache = new Map();

class CodeCacheRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    /** Scripts compiled for this spec file, whose cache is taken when the file is done. */
    this._compiledScripts = [];
  }

  createScriptFromCode(scriptSource, filename) {
    const vmContext = this._environment.getVmContext();
    if (vmContext == null) return null;
    const scriptFilename = this._resolver.isCoreModule(filename) ? `jest-nodejs-core-${filename}` : filename;
    const source = `({"Object.<anonymous>":function(${this.constructInjectedModuleParameters().join(',')}){\n${scriptSource}\n}});`;
    const cached = codeCache.get(scriptFilename);
    let script;
    try {
      script = new vm.Script(source, {
        filename: scriptFilename,
        lineOffset: -1,
        cachedData: cached && cached.source === source ? cached.data : undefined,
        importModuleDynamically: async (specifier) => {
          if (typeof vm.SyntheticModule !== 'function')
            throw new Error('You need to run with a version of node that supports ES Modules in the VM API. See https://jestjs.io/docs/ecmascript-modules');
          const module = await this.resolveModule(specifier, scriptFilename, vmContext);
          return this.linkAndEvaluateModule(module);
        },
      });
    } catch (error) {
      throw require(require.resolve('@jest/transform', { paths: [jestRunner] })).handlePotentialSyntaxError(error);
    }
    // Taken after the file has run (teardown), the cache also holds the functions the file called.
    if (!cached || cached.source !== source || script.cachedDataRejected) this._compiledScripts.push({ script, filename: scriptFilename, source });
    return script.runInContext(vmContext, { filename: scriptFilename })['Object.<anonymous>'];
  }

  teardown() {
    for (const { script, filename, source } of this._compiledScripts) {
      try {
        codeCache.set(filename, { source, data: script.createCachedData() });
      } catch {
        // No cache for this one: it is compiled again next time, as without this runtime.
      }
    }
    this._compiledScripts = [];
    super.teardown();
  }
}

module.exports = CodeCacheRuntime;
