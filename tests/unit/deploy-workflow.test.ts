// The deploy workflow (deploy/ci/xuat-ban.yml) keeps its key away from the code it builds: the build job holds
// no secret, the deploy job runs nothing from the repository, and the files nginx will load pass a fixed
// allow-list of line shapes before they leave CI (its own shell step, run here on what the build writes).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hostPolicies } from '../../src/lib/csp-policy.ts';
import { nginxHeaders, nginxMaps } from '../../src/lib/host-headers.ts';
import { redirectRules } from '../../src/lib/qr.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  steps: Step[];
  [key: string]: unknown;
}
interface Workflow {
  jobs: Record<string, Job>;
}

const workflowFile = join(import.meta.dirname, '..', '..', 'deploy', 'ci', 'xuat-ban.yml');
const readWorkflow = (): Workflow => parse(readFileSync(workflowFile, 'utf8')) as Workflow;

/** The job that builds the sites (runs build-all), and the one that ships them (downloads what it built). */
function roles(workflow: Workflow): { build: string; deploy: string } {
  const names = Object.keys(workflow.jobs);
  const build = names.find((n) => workflow.jobs[n]?.steps.some((s) => s.run?.includes('scripts/build-all.ts')));
  const deploy = names.find((n) =>
    workflow.jobs[n]?.steps.some((s) => s.uses?.startsWith('actions/download-artifact')),
  );
  if (!build || !deploy) throw new Error('xuat-ban.yml: không thấy việc dựng hoặc việc xuất bản.');
  return { build, deploy };
}

/** Every job but the deploy job that names a secret (the build job must never). */
function jobsWithSecrets(workflow: Workflow): string[] {
  const { deploy } = roles(workflow);
  return Object.entries(workflow.jobs)
    .filter(([name, job]) => name !== deploy && /secrets\s*\./.test(JSON.stringify(job)))
    .map(([name]) => name);
}

/** What in the deploy job would run the repository's code. */
function projectCodeIn(job: Job): string[] {
  const allowedActions = /^actions\/download-artifact@v\d+$/;
  const projectCommand =
    /\b(npm|npx|node|pnpm|yarn|make|python3?)\b|scripts\/|\.ci\/|\bsource\b|(^|\s)\.\/|bash\s+[\w./-]+\.sh/m;
  return job.steps.flatMap((step) => [
    ...(step.uses && !allowedActions.test(step.uses) ? [`uses: ${step.uses}`] : []),
    ...(step.run && projectCommand.test(step.run) ? [`run: ${step.name ?? step.run.slice(0, 40)}`] : []),
  ]);
}

describe('the deploy workflow', () => {
  it('gives no secret to the job that builds, nor to any job but the deploy', () => {
    const workflow = readWorkflow();
    expect(roles(workflow)).toEqual({ build: 'dung', deploy: 'xuat-ban' });
    expect(jobsWithSecrets(workflow)).toEqual([]);
  });

  it('catches a secret added to the build job', () => {
    const workflow = readWorkflow();
    const build = workflow.jobs[roles(workflow).build];
    build?.steps.push({ run: 'echo', env: { KEY: '${{ secrets.DEPLOY_SSH_KEY }}' } });
    expect(jobsWithSecrets(workflow)).toEqual(['dung']);
  });

  it('ships from a job that runs no project code, after the build', () => {
    const workflow = readWorkflow();
    const { build, deploy } = roles(workflow);
    const job = workflow.jobs[deploy];
    if (!job) throw new Error();
    expect([job.needs].flat()).toContain(build);
    expect(projectCodeIn(job)).toEqual([]);
    // The check above sees a checkout or an npm command added to the deploy job.
    expect(projectCodeIn({ steps: [{ uses: 'actions/checkout@v4' }, { run: 'npm ci' }] })).toHaveLength(2);
    // No credential left in the checked-out repository for the code that builds.
    for (const step of Object.values(workflow.jobs).flatMap((j) => j.steps)) {
      if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });
});

describe("the deploy's check of the files nginx loads", () => {
  const job = readWorkflow().jobs['xuat-ban'];
  const step = job?.steps.find((s) => s.env?.['MAP_LINE']);
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  const policies = hostPolicies(
    [
      { path: '/nq57/index.html', policy: "default-src 'self';script-src 'self' 'sha256-a+/b=';style-src 'self';" },
      {
        path: '/nq57/admin/index.html',
        policy: "script-src 'self' 'wasm-unsafe-eval';style-src-elem 'unsafe-inline';",
      },
    ],
    'https://nq57.example.vn',
    '/nq57/',
  );
  const built = {
    'nginx-headers.conf': nginxHeaders(),
    'nginx-csp.map': nginxMaps('/nq57/', policies),
    'nginx-qr-redirects.map': redirectRules([{ code: 'cu', to: '/thu-tuc/' }], '/nq57/').nginxMap,
  };

  /** Runs the workflow's own check on a downloaded build holding `files` beside the site. */
  function runCheck(files: Record<string, string>, extra?: (root: string) => void) {
    if (!step?.run || !step.env) throw new Error('xuat-ban.yml: không thấy bước kiểm tra tệp cho nginx.');
    const root = mkdtempSync(join(tmpdir(), 'nq57-deploy-'));
    dirs.push(root);
    mkdirSync(join(root, 'ban-dung', 'x'), { recursive: true });
    mkdirSync(join(root, 'ban-dung', 'x-nginx'));
    writeFileSync(join(root, 'ban-dung', 'x', 'index.html'), '<!DOCTYPE html>');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'ban-dung', 'x-nginx', name), text);
    extra?.(root);
    // As GitHub Actions runs a step with `shell: bash`.
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: root,
      env: { PATH: process.env['PATH'], UNIT: 'x', ...step.env },
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  it('passes what the build writes', () => {
    expect(runCheck(built)).toEqual({ status: 0, output: 'Tệp cho nginx đúng mẫu.\n' });
  });

  const attacks: Record<string, [file: keyof typeof built, line: string]> = {
    'a directive after a header': ['nginx-headers.conf', 'add_header X-Frame-Options "x" always; include /etc/shadow;'],
    'a quote closing the value early': ['nginx-headers.conf', 'add_header Referrer-Policy "a" always; #" always;'],
    'an unknown header': ['nginx-headers.conf', 'add_header Set-Cookie "a=b" always;'],
    'a variable in a policy': ['nginx-csp.map', '    "~x" "default-src $http_cookie";'],
    'a backslash escaping the closing quote': ['nginx-csp.map', '    "~x\\" "y";'],
    'a block opened in a map': ['nginx-csp.map', 'server { listen 8080;'],
    'a QR target that ends the map': ['nginx-qr-redirects.map', '    /q/a/ /x; } server { listen 81; } map $uri $y {'],
  };
  for (const [name, [file, line]] of Object.entries(attacks)) {
    it(`refuses ${name}, naming the file and line, never its text`, () => {
      const { status, output } = runCheck({ ...built, [file]: `${built[file]}${line}\n` });
      expect(status).toBe(1);
      expect(output).toContain(`::error::ban-dung/x-nginx/${file} có dòng không đúng mẫu cho phép`);
      expect(output).toContain(`(dòng: ${built[file].split('\n').length} )`);
      expect(output).not.toContain(line.trim());
    });
  }

  it('refuses a file it does not know, and a symlink anywhere in the build', () => {
    expect(runCheck({ ...built, 'them.conf': '' }).output).toContain('phải có đúng các tệp');
    const linked = runCheck(built, (root) => symlinkSync('/etc/passwd', join(root, 'ban-dung', 'x', 'mat-khau')));
    expect(linked.status).toBe(1);
    expect(linked.output).toContain('liên kết tượng trưng');
  });
});
