import type {
  FaceLevel,
  GenerateType,
  Job,
  JobKind,
  Pipeline,
  QueueReason,
  SubmitJobInput,
} from '../../client/index.ts';
import { apiKey, client, setApiKey, stream } from './api.ts';
import { type DemoRecentJobFragment, DemoRecentJobsDocument } from './generated/graphql.ts';
import { createViewer, isViewable, type ViewableType } from './viewer.ts';

/**
 * The demo page: submit a prompt or an image, follow the job live (`jobStatus` over SSE, through
 * the client library, which resumes a dropped stream where it broke off), show the
 * finished model in a three.js viewer with its preview and download links, list recent jobs. A
 * finished model offers the next steps (reduce, UV, texture, rig, convert): each is a new job with
 * `file: { fromJob }`, followed the same way, and the chain of jobs leading to it is shown.
 * The same steps can be planned before generating and sent as one pipeline (`submitPipeline`, each
 * step `file: { fromStep }` of the one before); the pipeline's panel follows `pipelineStatus` over
 * SSE, step by step, and shows each finished step's result on request.
 */

const TERMINAL = new Set(['DONE', 'FAIL', 'CANCELED']);
const MAX_IMAGE_BYTES = 6 * 1024 * 1024; // 8 MB once base64-encoded

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

const form = $<HTMLFormElement>('submit-form');
const submitButton = $<HTMLButtonElement>('submit');
const formError = $<HTMLParagraphElement>('form-error');
const promptInput = $<HTMLTextAreaElement>('prompt');
const urlInput = $<HTMLInputElement>('image-url');
const fileInput = $<HTMLInputElement>('image-file');
const thumb = $<HTMLImageElement>('image-thumb');
const pbrInput = $<HTMLInputElement>('pbr');
const typeInput = $<HTMLSelectElement>('generate-type');
const faceInput = $<HTMLInputElement>('face-count');
const keyInput = $<HTMLInputElement>('api-key');
const jobSection = $<HTMLElement>('job');
const jobId = $<HTMLElement>('job-id');
const jobStatus = $<HTMLSpanElement>('job-status');
const jobDetail = $<HTMLSpanElement>('job-detail');
const jobError = $<HTMLParagraphElement>('job-error');
const viewerBox = $<HTMLDivElement>('viewer');
const viewerHint = $<HTMLParagraphElement>('viewer-hint');
const files = $<HTMLDivElement>('files');
const preview = $<HTMLImageElement>('preview');
const downloads = $<HTMLUListElement>('downloads');
const recent = $<HTMLOListElement>('recent');
const jobWhat = $<HTMLSpanElement>('job-what');
const chainNav = $<HTMLElement>('chain');
const chainList = $<HTMLOListElement>('chain-list');
const nextSection = $<HTMLElement>('next');
const stepError = $<HTMLParagraphElement>('step-error');
const stepForms = [...nextSection.querySelectorAll<HTMLFormElement>('form[data-kind]')];
const pipelineButton = $<HTMLButtonElement>('submit-pipeline');
const planList = $<HTMLOListElement>('plan-steps');
const planKind = $<HTMLSelectElement>('plan-kind');
const planAdd = $<HTMLButtonElement>('plan-add');
const pipelineSection = $<HTMLElement>('pipeline');
const pipelineIdEl = $<HTMLElement>('pipeline-id');
const pipelineStatusEl = $<HTMLSpanElement>('pipeline-status');
const pipelineCancel = $<HTMLButtonElement>('pipeline-cancel');
const pipelineSteps = $<HTMLOListElement>('pipeline-steps');
const pipelineError = $<HTMLParagraphElement>('pipeline-error');

const viewer = createViewer($<HTMLCanvasElement>('viewer-canvas'));
let current: Job | undefined;
let stopFollowing: (() => void) | undefined;
let shownModel: string | undefined;
/** The jobs leading to the current one, oldest first (each the `fromJob` of the next), and later steps. */
let chain: Job[] = [];
/** Bumped by every chain rebuild, so a slow lineage lookup cannot extend a newer chain. */
let chainGeneration = 0;
/** The pipeline the shown job is a step of, as last seen. */
let pipeline: Pipeline | undefined;
/** Stops the `pipelineStatus` subscription; undefined when none is open. */
let stopPipeline: (() => void) | undefined;
/** The job section follows the pipeline's progress (its latest finished step) rather than a step the user chose. */
let followPipeline = false;
/** Bumped whenever the panel changes pipeline, so a slow `pipeline(id)` lookup cannot bring back an old one. */
let pipelineGeneration = 0;
let cancelingPipeline = false;

/** The input types each next step accepts (Tencent's, as in the JobKind descriptions of the schema). */
const STEP_INPUTS: Partial<Record<JobKind, readonly string[]>> = {
  SMART_TOPOLOGY: ['GLB', 'OBJ'],
  UV: ['FBX', 'OBJ', 'GLB'],
  TEXTURE_EDIT: ['FBX'],
  AUTO_RIGGING: ['FBX', 'OBJ'],
  CONVERT: ['FBX', 'OBJ', 'GLB'],
};
/** Which result the viewer shows when a job has several models. */
const VIEW_ORDER: readonly ViewableType[] = ['GLB', 'FBX', 'STL', 'OBJ'];
/** Result types shown inline as pictures. */
const IMAGE_TYPES = new Set(['GIF', 'IMAGE', 'PNG', 'JPG', 'JPEG', 'WEBP']);
/** How far back the page follows `fromJob` links to show a job's chain. */
const MAX_CHAIN = 10;
/** submitPipeline takes at most 10 steps: the generation and 9 more. */
const MAX_PLAN_STEPS = 9;

function source(): string {
  return (form.elements.namedItem('source') as RadioNodeList).value;
}

function showSource(): void {
  for (const el of form.querySelectorAll<HTMLElement>('[data-source]')) {
    el.hidden = el.dataset.source !== source();
  }
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

async function buildInput(): Promise<SubmitJobInput> {
  const input: SubmitJobInput = { generateType: typeInput.value as GenerateType };
  if (pbrInput.checked) input.enablePBR = true;
  if (faceInput.value) input.faceCount = Number(faceInput.value);
  switch (source()) {
    case 'prompt':
      if (!promptInput.value.trim()) throw new Error('Describe the object to generate.');
      input.prompt = promptInput.value.trim();
      break;
    case 'url':
      if (!urlInput.value) throw new Error('Give the URL of an image.');
      input.imageUrl = urlInput.value;
      break;
    default: {
      const file = fileInput.files?.[0];
      if (!file) throw new Error('Choose an image file.');
      if (file.size > MAX_IMAGE_BYTES) throw new Error('The image must be at most 6 MB.');
      input.imageBase64 = await readBase64(file);
    }
  }
  return input;
}

function describeSource(job: DemoRecentJobFragment): string {
  if (job.prompt) return job.prompt;
  if (job.imageUrl) return `image ${job.imageUrl}`;
  return job.hasImageBase64 ? 'uploaded image' : job.id;
}

/** A short name for what the job does: its step in a chain. */
function stepName(job: DemoRecentJobFragment): string {
  switch (job.kind) {
    case 'PRO':
    case 'RAPID':
      return `Generate (${job.kind === 'PRO' ? 'Pro' : 'Rapid'})`;
    case 'SMART_TOPOLOGY':
      return `Reduce faces${job.faceLevel ? ` (${job.faceLevel.toLowerCase()})` : ''}`;
    case 'UV':
      return 'Unfold UVs';
    case 'TEXTURE_EDIT':
      return job.prompt ? `Re-texture “${job.prompt}”` : 'Re-texture';
    case 'AUTO_RIGGING':
      return job.motionType ? `Rig (motion ${job.motionType})` : 'Rig';
    case 'CONVERT':
      return job.format ? `Convert to ${job.format}` : 'Convert';
    case 'PART':
      return 'Split into parts';
    default:
      return job.kind;
  }
}

function describe(job: DemoRecentJobFragment): string {
  if (job.kind === 'PRO' || job.kind === 'RAPID') return describeSource(job);
  if (job.file?.fromJob) return `${stepName(job)} of ${job.file.fromJob}`;
  return job.file?.fromStep ? `${stepName(job)} of step ${job.file.fromStep}` : stepName(job);
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/** Why a queued job waits, in words; SUBMITTING is already said by position 0. */
const QUEUE_REASON_TEXT: Record<QueueReason, string | undefined> = {
  PREVIOUS_STEP: 'waiting for the step it builds on to finish',
  SLOTS_BUSY: 'waiting for a free slot',
  SUBMITTING: undefined,
  UPSTREAM_UNREACHABLE: 'Tencent is not answering; it will be sent once it does',
  UPSTREAM_AUTH_FAILED: 'Tencent refused the gateway credentials; an operator must fix them',
  RATE_LIMITED: 'Tencent asked us to slow down',
};

function detail(job: Job): string {
  const parts: string[] = [];
  if (job.status === 'QUEUED' && job.queuePosition !== null) {
    parts.push(job.queuePosition === 0 ? 'being sent to Tencent' : `queue position ${job.queuePosition}`);
  }
  const waitsForStep = job.queueReason === 'PREVIOUS_STEP' ? job.file?.fromStep : undefined;
  const why =
    job.status !== 'QUEUED' || !job.queueReason
      ? undefined
      : waitsForStep
        ? `waiting for step ${waitsForStep} to finish`
        : QUEUE_REASON_TEXT[job.queueReason];
  if (why) parts.push(why);
  if (job.estimatedCompletionAt && !TERMINAL.has(job.status)) {
    const at = new Date(job.estimatedCompletionAt);
    parts.push(`done in about ${seconds(at.getTime() - Date.now())} (${at.toLocaleTimeString()})`);
  }
  if (job.status === 'DONE' && job.expiresAt) {
    parts.push(`files available until ${new Date(job.expiresAt).toLocaleString()}`);
  }
  return parts.join(' · ');
}

function renderJob(job: Job): void {
  current = job;
  jobSection.hidden = false;
  jobWhat.textContent = stepName(job);
  jobId.textContent = job.id;
  jobStatus.textContent = job.status;
  jobStatus.dataset.status = job.status;
  jobDetail.textContent = detail(job);
  jobError.hidden = !job.errorCode;
  jobError.textContent = job.errorCode ? `${job.errorCode}: ${job.errorMessage ?? ''}` : '';
  renderFiles(job);
  renderNextSteps(job);
  updateChain(job);
  markCurrent();
}

function renderFiles(job: Job): void {
  const done = job.status === 'DONE' && job.resultFiles.length > 0;
  files.hidden = !done;
  downloads.replaceChildren();
  if (!done) return;
  const withPreview = job.resultFiles.find((f) => f.previewImageUrl);
  preview.hidden = !withPreview;
  if (withPreview?.previewImageUrl) preview.src = withPreview.previewImageUrl;
  for (const file of job.resultFiles) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = file.url;
    a.download = '';
    const zipped = file.type === 'OBJ' && /\.zip$/i.test(new URL(file.url, document.baseURI).pathname);
    a.textContent = `Download ${file.type}${zipped ? ' (zip)' : ''}`;
    li.append(a);
    if (file.previewImageUrl) {
      const p = document.createElement('a');
      p.href = file.previewImageUrl;
      p.download = '';
      p.textContent = 'preview image';
      li.append(' · ', p);
    }
    if (IMAGE_TYPES.has(file.type)) {
      const img = document.createElement('img');
      img.className = 'result-image';
      img.src = file.url;
      img.alt = file.type === 'GIF' ? 'Animated turntable of the model' : `${file.type} result of the job`;
      li.append(img);
    }
    downloads.append(li);
  }
  const model = modelToShow(job);
  if (!model) {
    viewerBox.dataset.state = 'empty';
    viewerHint.textContent = 'This job has no model the viewer can show; its files are below.';
    return;
  }
  const { url, type } = model;
  if (shownModel === url) return;
  shownModel = url;
  viewerBox.dataset.state = 'loading';
  viewerHint.textContent = `Loading the ${type} model…`;
  viewer.show(url, type).then(
    () => {
      if (shownModel === url) viewerBox.dataset.state = 'loaded';
    },
    (err: unknown) => {
      if (shownModel !== url) return;
      viewerBox.dataset.state = 'error';
      viewerHint.textContent = `The model could not be displayed: ${err instanceof Error ? err.message : String(err)}`;
    },
  );
}

function modelToShow(job: Job): { url: string; type: ViewableType } | undefined {
  for (const type of VIEW_ORDER) {
    const file = job.resultFiles.find((f) => f.type === type && isViewable(f.type));
    if (file) return { url: file.url, type };
  }
  return undefined;
}

/** The next steps the finished `job` can feed: each form enabled when a result has a type it accepts. */
function renderNextSteps(job: Job): void {
  const types = new Set(job.status === 'DONE' ? job.resultFiles.map((f) => f.type) : []);
  let any = false;
  for (const form of stepForms) {
    const kind = form.dataset.kind as JobKind;
    const accepts = STEP_INPUTS[kind] ?? [];
    const usable = accepts.some((t) => types.has(t));
    any ||= usable;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = !usable;
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      el.disabled = !usable;
    }
    let needs = form.querySelector<HTMLParagraphElement>('.needs');
    if (usable) {
      needs?.remove();
      button?.removeAttribute('aria-describedby');
      continue;
    }
    if (!needs) {
      needs = document.createElement('p');
      needs.className = 'needs';
      needs.id = `needs-${kind.toLowerCase()}`;
      form.append(needs);
    }
    const list = accepts.join(' or ');
    needs.textContent = accepts.includes('GLB')
      ? `Needs a ${list} result.`
      : `Needs an ${list} result: convert to FBX first, then continue from that job.`;
    button?.setAttribute('aria-describedby', needs.id);
  }
  nextSection.hidden = !any;
  if (!any) stepError.hidden = true;
}

/** A step's kind and options (not its file), read from its controls by name through `value`. */
function stepOptions(kind: JobKind, value: (name: string) => string): SubmitJobInput {
  const input: SubmitJobInput = { kind };
  switch (kind) {
    case 'SMART_TOPOLOGY':
      input.faceLevel = value('faceLevel') as FaceLevel;
      break;
    case 'TEXTURE_EDIT':
      if (!value('prompt')) throw new Error('Describe the new texture.');
      input.prompt = value('prompt');
      break;
    case 'AUTO_RIGGING':
      if (value('motionType')) input.motionType = Number(value('motionType'));
      break;
    case 'CONVERT':
      input.format = value('format');
      break;
    default:
  }
  return input;
}

function stepInput(form: HTMLFormElement, source: Job): SubmitJobInput {
  const value = (name: string) =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
  return { ...stepOptions(form.dataset.kind as JobKind, value), file: { fromJob: source.id } };
}

async function submitStep(form: HTMLFormElement): Promise<void> {
  const source = current;
  if (source?.status !== 'DONE') return;
  stepError.hidden = true;
  for (const b of nextSection.querySelectorAll<HTMLButtonElement>('button')) b.disabled = true;
  try {
    const submitJob = await client().submit(stepInput(form, source));
    // The new step continues the chain at its source (a step taken from an earlier job branches there).
    const at = chain.findIndex((j) => j.id === source.id);
    chain = [...(at === -1 ? [source] : chain.slice(0, at + 1)), submitJob];
    void refreshRecent();
    open(submitJob);
  } catch (err) {
    stepError.hidden = false;
    stepError.textContent = err instanceof Error ? err.message : String(err);
    if (current) renderNextSteps(current);
  }
}

/** Keeps the chain in step with `job`: updated in place when it is part of it, else rebuilt from its sources. */
function updateChain(job: Job): void {
  const at = chain.findIndex((j) => j.id === job.id);
  if (at !== -1) {
    chain[at] = job;
    renderChain();
    return;
  }
  chain = [job];
  renderChain();
  const mine = ++chainGeneration;
  void lineage(job).then(
    (ancestors) => {
      // Still this job's chain (a step may have been added after it, but nothing before it).
      if (mine !== chainGeneration || chain[0]?.id !== job.id || ancestors.length === 0) return;
      chain = [...ancestors, ...chain];
      renderChain();
    },
    () => undefined,
  );
}

/** The jobs `job` was made from, oldest first, following `file.fromJob`. */
async function lineage(job: Job): Promise<Job[]> {
  const out: Job[] = [];
  let from = job.file?.fromJob;
  while (from && out.length < MAX_CHAIN) {
    const source = await client().get(from);
    if (!source) break;
    out.unshift(source);
    from = source.file?.fromJob;
  }
  return out;
}

function renderChain(): void {
  chainNav.hidden = chain.length < 2;
  chainList.replaceChildren(
    ...chain.map((job) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.jobId = job.id;
      button.title = job.id;
      button.setAttribute('aria-current', String(job.id === current?.id));
      const status = document.createElement('span');
      status.className = 'status';
      status.dataset.status = job.status;
      status.textContent = job.status;
      button.append(`${stepName(job)} `, status);
      button.addEventListener('click', () => void openById(job.id));
      li.append(button);
      return li;
    }),
  );
}

function clearViewer(): void {
  shownModel = undefined;
  viewer.clear();
  viewerBox.dataset.state = 'empty';
  viewerHint.textContent = 'The model appears here when the job is done. Drag to turn, scroll to zoom.';
}

/**
 * Shows `job` chosen by the user (submitted, or picked from the list or the chain), following it
 * until it is finished, with the panel of its pipeline when it is a step of one.
 */
function open(job: Job): void {
  followPipeline = false;
  syncPipeline(job);
  // A step of the pipeline being followed gets its updates from pipelineStatus.
  display(job, !(stopPipeline && job.pipelineId === pipeline?.id));
}

/** Shows `job` and, when `live` and it is not finished, follows it through `jobStatus` until it is. */
function display(job: Job, live: boolean): void {
  stopFollowing?.();
  stopFollowing = undefined;
  if (job.id !== current?.id) clearViewer();
  renderJob(job);
  if (!live || TERMINAL.has(job.status)) return;
  stopFollowing = stream((signal) => client().watch(job.id, { signal }), {
    next: (update) => {
      renderJob(update);
      showInRecent(update);
    },
    error: (err) => {
      jobError.hidden = false;
      jobError.textContent = `Live status lost: ${err.message}`;
    },
    complete: () => void refreshRecent(),
  });
}

// ---- The pipeline plan: steps to run after generating, sent with it as one pipeline ----

/** What a next-step form is called: its button's text ("Reduce faces", "Convert"…). */
function stepLabel(form: HTMLFormElement): string {
  return form.querySelector('button[type="submit"]')?.textContent?.trim() || (form.dataset.kind ?? '');
}

function planRows(): HTMLLIElement[] {
  return [...planList.querySelectorAll<HTMLLIElement>('li[data-kind]')];
}

/** A planned step: the next-step form's options for `kind`, copied (no names, so nothing clashes with the form). */
function addPlanStep(kind: string): void {
  const source = stepForms.find((f) => f.dataset.kind === kind);
  if (!source) return;
  const li = document.createElement('li');
  li.className = 'plan-step';
  li.dataset.kind = kind;
  const head = document.createElement('div');
  head.className = 'plan-head';
  const name = document.createElement('span');
  name.textContent = stepLabel(source);
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'plan-remove';
  remove.textContent = '×';
  remove.addEventListener('click', () => {
    li.remove();
    updatePlan();
  });
  head.append(name, remove);
  li.append(head);
  for (const label of source.querySelectorAll('label')) {
    const copy = label.cloneNode(true) as HTMLLabelElement;
    for (const el of copy.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      el.dataset.field = el.name;
      el.removeAttribute('name');
      el.removeAttribute('required');
      el.disabled = false;
      if (el instanceof HTMLSelectElement) {
        const preset = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
        if (preset) el.value = preset.value;
      } else {
        el.value = el.defaultValue;
      }
    }
    li.append(copy);
  }
  planList.append(li);
  updatePlan();
}

function updatePlan(): void {
  const rows = planRows();
  for (const [i, li] of rows.entries()) {
    li.querySelector('.plan-remove')?.setAttribute('aria-label', `Remove step ${i + 2}`);
  }
  pipelineButton.disabled = rows.length === 0;
  planAdd.disabled = rows.length >= MAX_PLAN_STEPS;
}

/** The planned steps, each on the result of the step before it (the generation is step 1). */
function planSteps(): SubmitJobInput[] {
  return planRows().map((li, i) => {
    const value = (field: string) =>
      li.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${field}"]`)?.value.trim() ?? '';
    try {
      return { ...stepOptions(li.dataset.kind as JobKind, value), file: { fromStep: i + 1 } };
    } catch (err) {
      throw new Error(`Step ${i + 2}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
}

async function runPipeline(): Promise<void> {
  formError.hidden = true;
  submitButton.disabled = true;
  pipelineButton.disabled = true;
  try {
    const steps = [await buildInput(), ...planSteps()];
    const submitPipeline = await client().submitPipeline(steps);
    void refreshRecent();
    showPipeline(submitPipeline, true);
  } catch (err) {
    formError.hidden = false;
    formError.textContent = err instanceof Error ? err.message : String(err);
  } finally {
    submitButton.disabled = false;
    updatePlan();
  }
}

// ---- The pipeline panel: every step of the shown job's pipeline, live ----

function pipelineEnded(p: Pipeline): boolean {
  return p.steps.every((s) => TERMINAL.has(s.status));
}

/** The step a followed pipeline shows: its latest DONE step, else the first. */
function focusStep(p: Pipeline): Job | undefined {
  return p.steps.findLast((s) => s.status === 'DONE') ?? p.steps[0];
}

function closePipeline(): void {
  stopPipeline?.();
  stopPipeline = undefined;
  pipeline = undefined;
  followPipeline = false;
  pipelineGeneration++;
  pipelineSection.hidden = true;
  pipelineSteps.replaceChildren();
  pipelineError.hidden = true;
}

/** Shows pipeline `p` in the panel (replacing any other), follows it until every step has ended. */
function showPipeline(p: Pipeline, follow: boolean): void {
  closePipeline();
  pipeline = p;
  followPipeline = follow;
  if (!pipelineEnded(p)) {
    stopPipeline = stream((signal) => client().watchPipeline(p.id, { signal }), {
      next: (update) => updatePipeline(update),
      error: (err) => {
        stopPipeline = undefined;
        pipelineError.hidden = false;
        pipelineError.textContent = `Live status lost: ${err.message}`;
        renderPipeline();
      },
      complete: () => {
        stopPipeline = undefined;
        renderPipeline();
        void refreshRecent();
      },
    });
  }
  updatePipeline(p);
}

/** A new snapshot of the pipeline: the panel, and the job section when it shows one of its steps. */
function updatePipeline(p: Pipeline): void {
  if (p.id !== pipeline?.id) return;
  const moved = p.steps.some((s, i) => s.status !== pipeline?.steps[i]?.status);
  pipeline = p;
  // The steps are in the recent jobs too: keep their statuses there in step.
  if (moved) void refreshRecent();
  const focus = followPipeline ? focusStep(p) : undefined;
  if (focus && focus.id !== current?.id) {
    display(focus, false);
  } else {
    // The step shown, unless it is followed on its own (opened while the panel was loading).
    const shown = p.steps.find((s) => s.id === current?.id);
    if (shown && !stopFollowing) renderJob(shown);
  }
  renderPipeline();
}

/** Brings up the panel of the pipeline `job` is a step of (loading it when it is another), or hides it. */
function syncPipeline(job: Job): void {
  if (job.pipelineId === pipeline?.id && pipeline) return;
  closePipeline();
  const id = job.pipelineId;
  if (!id) return;
  const mine = pipelineGeneration;
  void client()
    .getPipeline(id)
    .then(
      (found) => {
        if (mine === pipelineGeneration && found && current?.pipelineId === id) {
          showPipeline(found, false);
        }
      },
      () => undefined,
    );
}

function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** What a step's row says under its name: where it is, what it made, or why it stopped. */
function stepDetail(job: Job): string {
  if (job.status === 'DONE') {
    const types = [...new Set(job.resultFiles.map((f) => f.type))];
    return types.length > 0 ? `result: ${types.join(', ')}` : 'no result files';
  }
  if (job.status === 'FAIL') return `${job.errorCode ?? 'FAIL'}: ${job.errorMessage ?? ''}`;
  if (job.status === 'CANCELED') {
    return job.errorMessage ?? 'Canceled before it was sent to Tencent; it never ran.';
  }
  return detail(job);
}

function stepRow(index: number): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.step = String(index + 1);
  const head = document.createElement('div');
  head.className = 'step-head';
  const name = document.createElement('span');
  name.className = 'step-name';
  const status = document.createElement('span');
  status.className = 'status';
  const view = document.createElement('button');
  view.type = 'button';
  view.className = 'step-view';
  view.textContent = 'View';
  view.hidden = true;
  view.addEventListener('click', () => {
    const step = pipeline?.steps[index];
    if (!pipeline || !step) return;
    // Choosing the step the pipeline would show anyway keeps following it; any other stays put.
    followPipeline = step.id === focusStep(pipeline)?.id;
    display(step, !stopPipeline);
  });
  head.append(name, ' ', status, view);
  const detailEl = document.createElement('p');
  detailEl.className = 'step-detail';
  li.append(head, detailEl);
  return li;
}

function renderPipeline(): void {
  const p = pipeline;
  pipelineSection.hidden = !p;
  if (!p) return;
  setText(pipelineIdEl, p.id);
  setText(pipelineStatusEl, p.status);
  pipelineStatusEl.dataset.status = p.status;
  const cancelable = p.steps.some((s) => s.status === 'QUEUED' && s.queueReason !== 'SUBMITTING');
  pipelineCancel.disabled = cancelingPipeline || !cancelable;
  pipelineCancel.hidden = pipelineEnded(p);
  while (pipelineSteps.children.length > p.steps.length) pipelineSteps.lastElementChild?.remove();
  while (pipelineSteps.children.length < p.steps.length) {
    pipelineSteps.append(stepRow(pipelineSteps.children.length));
  }
  for (const [i, job] of p.steps.entries()) {
    const li = pipelineSteps.children[i] as HTMLLIElement;
    li.dataset.jobId = job.id;
    li.dataset.status = job.status;
    li.setAttribute('aria-current', String(job.id === current?.id));
    const name = li.querySelector('.step-name');
    if (name) setText(name, stepName(job));
    const status = li.querySelector<HTMLElement>('.status');
    if (status) {
      setText(status, job.status);
      status.dataset.status = job.status;
    }
    const view = li.querySelector<HTMLButtonElement>('.step-view');
    if (view) {
      view.hidden = job.status !== 'DONE';
      view.setAttribute('aria-label', `View step ${i + 1}: ${stepName(job)}`);
    }
    const detailEl = li.querySelector<HTMLElement>('.step-detail');
    if (detailEl) {
      setText(detailEl, stepDetail(job));
      detailEl.classList.toggle('error', job.status === 'FAIL' || job.status === 'CANCELED');
    }
  }
}

async function cancelPipeline(): Promise<void> {
  const p = pipeline;
  if (!p) return;
  cancelingPipeline = true;
  pipelineError.hidden = true;
  renderPipeline();
  try {
    const after = await client().cancelPipeline(p.id);
    // The open subscription brings the same change, in order; the answer is only used without one.
    if (!stopPipeline) updatePipeline(after);
  } catch (err) {
    pipelineError.hidden = false;
    pipelineError.textContent = err instanceof Error ? err.message : String(err);
  } finally {
    cancelingPipeline = false;
    renderPipeline();
  }
}

async function refreshRecent(): Promise<void> {
  try {
    // The library's list() selects every field of every job; the list needs a few.
    const { jobs } = await client().request(DemoRecentJobsDocument, { first: 12 });
    recent.replaceChildren(
      ...jobs.nodes.map((job) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.jobId = job.id;
        const head = document.createElement('span');
        const status = document.createElement('span');
        status.className = 'status';
        status.dataset.status = job.status;
        status.textContent = job.status;
        const what = document.createElement('span');
        what.className = 'what';
        what.textContent = describe(job);
        head.append(status, ' ', what);
        const time = document.createElement('time');
        time.dateTime = job.submittedAt;
        time.textContent = new Date(job.submittedAt).toLocaleString();
        button.append(head, time);
        button.addEventListener('click', () => void openById(job.id));
        li.append(button);
        return li;
      }),
    );
    markCurrent();
  } catch (err) {
    recent.replaceChildren(Object.assign(document.createElement('li'), { textContent: String(err) }));
  }
}

/**
 * Every status the followed job goes through shows in Recent jobs at once (not only when it ends):
 * its entry is updated in place, or the list is fetched again when it is not there yet.
 */
function showInRecent(job: { id: string; status: string }): void {
  const status = recent.querySelector<HTMLElement>(`button[data-job-id="${CSS.escape(job.id)}"] .status`);
  if (!status) {
    void refreshRecent();
    return;
  }
  status.dataset.status = job.status;
  status.textContent = job.status;
}

async function openById(id: string): Promise<void> {
  const job = await client().get(id);
  if (job) open(job);
}

function markCurrent(): void {
  for (const b of recent.querySelectorAll<HTMLButtonElement>('button[data-job-id]')) {
    b.setAttribute('aria-current', String(b.dataset.jobId === current?.id));
  }
  for (const li of pipelineSteps.querySelectorAll<HTMLLIElement>('li[data-job-id]')) {
    li.setAttribute('aria-current', String(li.dataset.jobId === current?.id));
  }
}

form.addEventListener('change', (e) => {
  if ((e.target as HTMLInputElement).name === 'source') showSource();
});

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  thumb.hidden = !file;
  if (file) thumb.src = URL.createObjectURL(file);
});

keyInput.value = apiKey();
keyInput.addEventListener('change', () => {
  setApiKey(keyInput.value.trim());
  void refreshRecent();
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void (async () => {
    formError.hidden = true;
    submitButton.disabled = true;
    try {
      const submitJob = await client().submit(await buildInput());
      void refreshRecent();
      open(submitJob);
    } catch (err) {
      formError.hidden = false;
      formError.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      submitButton.disabled = false;
    }
  })();
});

for (const form of stepForms) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submitStep(form);
  });
}

for (const stepForm of stepForms) {
  const option = document.createElement('option');
  option.value = stepForm.dataset.kind ?? '';
  option.textContent = stepLabel(stepForm);
  planKind.append(option);
}
planAdd.addEventListener('click', () => addPlanStep(planKind.value));
// Enter in a planned step's field would submit the form as a lone Generate.
planList.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
});
pipelineButton.addEventListener('click', () => void runPipeline());
pipelineCancel.addEventListener('click', () => void cancelPipeline());

$<HTMLButtonElement>('refresh').addEventListener('click', () => void refreshRecent());
// Keep the countdowns moving between status events.
setInterval(() => {
  if (current && !TERMINAL.has(current.status)) jobDetail.textContent = detail(current);
  if (pipeline && !pipelineEnded(pipeline)) renderPipeline();
}, 1000);

showSource();
updatePlan();
void refreshRecent();
