import { apiKey, request, setApiKey, subscribe } from './api.ts';
import {
  DemoGetJobDocument,
  type DemoJobFragment,
  DemoJobStatusDocument,
  DemoRecentJobsDocument,
  DemoSubmitDocument,
  type GenerateType,
  type QueueReason,
  type SubmitJobInput,
} from './generated/graphql.ts';
import { createViewer } from './viewer.ts';

/**
 * The demo page: submit a prompt or an image, follow the job live (`jobStatus` over SSE), show the
 * finished GLB in a three.js viewer with its preview and download links, list recent jobs.
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

const viewer = createViewer($<HTMLCanvasElement>('viewer-canvas'));
let current: DemoJobFragment | undefined;
let stopFollowing: (() => void) | undefined;
let shownModel: string | undefined;

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

function describe(job: DemoJobFragment): string {
  if (job.prompt) return job.prompt;
  if (job.imageUrl) return `image ${job.imageUrl}`;
  return job.hasImageBase64 ? 'uploaded image' : job.id;
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/** Why a queued job waits, in words; SUBMITTING is already said by position 0. */
const QUEUE_REASON_TEXT: Record<QueueReason, string | undefined> = {
  SLOTS_BUSY: 'waiting for a free slot',
  SUBMITTING: undefined,
  UPSTREAM_UNREACHABLE: 'Tencent is not answering; it will be sent once it does',
  UPSTREAM_AUTH_FAILED: 'Tencent refused the gateway credentials; an operator must fix them',
  RATE_LIMITED: 'Tencent asked us to slow down',
};

function detail(job: DemoJobFragment): string {
  const parts: string[] = [];
  if (job.status === 'QUEUED' && job.queuePosition !== null) {
    parts.push(job.queuePosition === 0 ? 'being sent to Tencent' : `queue position ${job.queuePosition}`);
  }
  const why = job.status === 'QUEUED' && job.queueReason ? QUEUE_REASON_TEXT[job.queueReason] : undefined;
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

function renderJob(job: DemoJobFragment): void {
  current = job;
  jobSection.hidden = false;
  jobId.textContent = job.id;
  jobStatus.textContent = job.status;
  jobStatus.dataset.status = job.status;
  jobDetail.textContent = detail(job);
  jobError.hidden = !job.errorCode;
  jobError.textContent = job.errorCode ? `${job.errorCode}: ${job.errorMessage ?? ''}` : '';
  renderFiles(job);
  markCurrent();
}

function renderFiles(job: DemoJobFragment): void {
  const done = job.status === 'DONE' && job.resultFiles.length > 0;
  files.hidden = !done;
  downloads.replaceChildren();
  if (!done) return;
  const first = job.resultFiles[0];
  preview.hidden = !first?.previewImageUrl;
  if (first?.previewImageUrl) preview.src = first.previewImageUrl;
  for (const file of job.resultFiles) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = file.url;
    a.download = '';
    a.textContent = `Download ${file.type}${file.type === 'OBJ' ? ' (zip)' : ''}`;
    li.append(a);
    if (file.previewImageUrl) {
      const p = document.createElement('a');
      p.href = file.previewImageUrl;
      p.download = '';
      p.textContent = 'preview image';
      li.append(' · ', p);
    }
    downloads.append(li);
  }
  const glb = job.resultFiles.find((f) => f.type === 'GLB');
  if (!glb) {
    viewerBox.dataset.state = 'empty';
    viewerHint.textContent = 'This job has no GLB to display; download its files instead.';
    return;
  }
  if (shownModel === glb.url) return;
  shownModel = glb.url;
  viewerBox.dataset.state = 'loading';
  viewerHint.textContent = 'Loading the model…';
  viewer.show(glb.url).then(
    () => {
      if (shownModel === glb.url) viewerBox.dataset.state = 'loaded';
    },
    (err: unknown) => {
      viewerBox.dataset.state = 'error';
      viewerHint.textContent = `The model could not be displayed: ${err instanceof Error ? err.message : String(err)}`;
    },
  );
}

function clearViewer(): void {
  shownModel = undefined;
  viewer.clear();
  viewerBox.dataset.state = 'empty';
  viewerHint.textContent = 'The model appears here when the job is done. Drag to turn, scroll to zoom.';
}

/** Shows `job` and, unless it is finished, follows it until it is. */
function open(job: DemoJobFragment): void {
  stopFollowing?.();
  stopFollowing = undefined;
  if (job.id !== current?.id) clearViewer();
  renderJob(job);
  if (TERMINAL.has(job.status)) return;
  let active = true;
  const stop = subscribe(
    DemoJobStatusDocument,
    { id: job.id },
    {
      next: (data) => {
        if (active) renderJob(data.jobStatus);
      },
      error: (err) => {
        if (!active) return;
        jobError.hidden = false;
        jobError.textContent = `Live status lost: ${err.message}`;
      },
      complete: () => {
        if (active) void refreshRecent();
      },
    },
  );
  stopFollowing = () => {
    active = false;
    stop();
  };
}

async function refreshRecent(): Promise<void> {
  try {
    const { jobs } = await request(DemoRecentJobsDocument, { first: 12 });
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

async function openById(id: string): Promise<void> {
  const { job } = await request(DemoGetJobDocument, { id });
  if (job) open(job);
}

function markCurrent(): void {
  for (const b of recent.querySelectorAll<HTMLButtonElement>('button[data-job-id]')) {
    b.setAttribute('aria-current', String(b.dataset.jobId === current?.id));
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
      const { submitJob } = await request(DemoSubmitDocument, { input: await buildInput() });
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

$<HTMLButtonElement>('refresh').addEventListener('click', () => void refreshRecent());
// Keep the countdown moving between status events.
setInterval(() => {
  if (current && !TERMINAL.has(current.status)) jobDetail.textContent = detail(current);
}, 1000);

showSource();
void refreshRecent();
