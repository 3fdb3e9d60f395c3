import {
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
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
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';

/** The empty viewer's colour; the browser test checks that a loaded model changes the pixels. */
export const VIEWER_BACKGROUND = 0xe9edf2;

export interface Viewer {
  /** Loads a GLB (replacing the current model), frames it and renders. */
  show(url: string): Promise<void>;
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
  const loader = new GLTFLoader();
  let model: Object3D | undefined;
  let generation = 0;

  const render = () => renderer.render(scene, camera);
  controls.addEventListener('change', render);

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

  return {
    async show(url) {
      const mine = ++generation;
      const gltf = await loader.loadAsync(url);
      // A later show() won while this one loaded: drop the stale model.
      if (mine !== generation) return;
      if (model) scene.remove(model);
      model = gltf.scene;
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
