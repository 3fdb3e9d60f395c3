import {
  Box3,
  type BufferGeometry,
  Color,
  DirectionalLight,
  HemisphereLight,
  LoadingManager,
  Mesh,
  MeshStandardMaterial,
  NeutralToneMapping,
  type Object3D,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { unzipSync } from 'three/addons/libs/fflate.module.js';
import { FBXLoader } from 'three/addons/loaders/FBXLoader.js';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { OBJLoader } from 'three/addons/loaders/OBJLoader.js';
import { STLLoader } from 'three/addons/loaders/STLLoader.js';

/** The empty viewer's colour; the browser test checks that a loaded model changes the pixels. */
export const VIEWER_BACKGROUND = 0xe9edf2;

/** The result file types the viewer can display. */
export const VIEWABLE_TYPES = ['GLB', 'FBX', 'STL', 'OBJ'] as const;
export type ViewableType = (typeof VIEWABLE_TYPES)[number];

export function isViewable(type: string): type is ViewableType {
  return (VIEWABLE_TYPES as readonly string[]).includes(type);
}

export interface Viewer {
  /** Loads a model of `type` (replacing the current one), frames it and renders. */
  show(url: string, type: ViewableType): Promise<void>;
  clear(): void;
}

/**
 * A three.js scene in `canvas`: GLTFLoader for the model, OrbitControls to turn it, a room
 * environment so PBR materials look lit. It renders on demand (load, resize, drag), not every frame.
 */
export function createViewer(canvas: HTMLCanvasElement): Viewer {
  // preserveDrawingBuffer: screenshots and the browser test read what was last drawn.
  const renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
  // Product-shot tone mapping: keeps base colours recognisable under the bright room light.
  renderer.toneMapping = NeutralToneMapping;
  const scene = new Scene();
  scene.background = new Color(VIEWER_BACKGROUND);
  const pmrem = new PMREMGenerator(renderer);
  scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
  scene.environmentIntensity = 0.7;
  scene.add(new HemisphereLight(0xffffff, 0x8d8d8d, 0.4));
  const sun = new DirectionalLight(0xffffff, 1.2);
  sun.position.set(3, 5, 4);
  scene.add(sun);

  const camera = new PerspectiveCamera(40, 1, 0.01, 100);
  camera.position.set(1.6, 1.1, 2.2);
  const controls = new OrbitControls(camera, canvas);
  // FBXLoader hands back the model before its embedded textures are decoded: render again once they are
  // (the viewer draws on demand, so a texture arriving later would otherwise stay black).
  const textures = new LoadingManager();
  const gltfLoader = new GLTFLoader();
  const fbxLoader = new FBXLoader(textures);
  const stlLoader = new STLLoader();
  const objLoader = new OBJLoader();
  let model: Object3D | undefined;
  let generation = 0;

  const render = () => renderer.render(scene, camera);
  controls.addEventListener('change', render);
  textures.onLoad = render;

  const resize = () => {
    const { clientWidth: w, clientHeight: h } = canvas;
    if (w === 0 || h === 0) return;
    renderer.setSize(w, h, false);
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    render();
  };
  new ResizeObserver(resize).observe(canvas);

  function frame(object: Object3D): void {
    const box = new Box3().setFromObject(object);
    const size = box.getSize(new Vector3()).length() || 1;
    const center = box.getCenter(new Vector3());
    object.position.sub(center);
    const distance = size / (2 * Math.tan((camera.fov * Math.PI) / 360));
    camera.position
      .set(0.6, 0.45, 0.9)
      .normalize()
      .multiplyScalar(distance * 1.15);
    camera.near = size / 100;
    camera.far = size * 100;
    camera.updateProjectionMatrix();
    controls.target.set(0, 0, 0);
    controls.update();
  }

  async function load(url: string, type: ViewableType): Promise<Object3D> {
    switch (type) {
      case 'GLB':
        return (await gltfLoader.loadAsync(url)).scene;
      case 'FBX':
        return fbxLoader.loadAsync(url);
      case 'STL':
        return plain(await stlLoader.loadAsync(url));
      case 'OBJ': {
        // Tencent's generated OBJ comes as a zip (obj, mtl, textures); other kinds give a bare .obj.
        const res = await fetch(url);
        if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
        const text = zipped ? objFromZip(bytes) : new TextDecoder().decode(bytes);
        return objLoader.parse(text);
      }
    }
  }

  return {
    async show(url, type) {
      const mine = ++generation;
      const loaded = await load(url, type);
      // A later show() won while this one loaded: drop the stale model.
      if (mine !== generation) return;
      if (model) scene.remove(model);
      model = loaded;
      scene.add(model);
      frame(model);
      resize();
      render();
    },
    clear() {
      generation++;
      if (model) scene.remove(model);
      model = undefined;
      render();
    },
  };
}

/** STL carries geometry only: a neutral material (vertex colours when the file has them). */
function plain(geometry: BufferGeometry): Object3D {
  if (!geometry.hasAttribute('normal')) geometry.computeVertexNormals();
  const material = new MeshStandardMaterial({
    color: 0x7d8796,
    roughness: 0.6,
    metalness: 0.05,
    vertexColors: geometry.hasAttribute('color'),
  });
  return new Mesh(geometry, material);
}

function objFromZip(bytes: Uint8Array): string {
  const entries = unzipSync(bytes, { filter: (f) => f.name.toLowerCase().endsWith('.obj') });
  const first = Object.values(entries)[0];
  if (!first) throw new Error('the OBJ zip holds no .obj file');
  return new TextDecoder().decode(first);
}
