#!/usr/bin/env python3
"""One training step or inference pass of a torchvision or Hugging Face model, bracketed by
cudaProfilerStart/Stop so that Nsight Compute (or nvprof) records exactly that iteration.

Run it through ncu_profile.sh / nvprof_profile.sh, not directly (directly it just runs the model).
Not run in CI: it needs an NVIDIA GPU, PyTorch with CUDA, torchvision and (for HF models) transformers.
"""
import argparse
import sys

import torch

PRECISIONS = {"fp32": torch.float32, "tf32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}

TORCHVISION = {
    "alexnet": "alexnet", "vgg16": "vgg16", "googlenet": "googlenet", "resnet18": "resnet18",
    "resnet50": "resnet50", "squeezenet": "squeezenet1_0", "mobilenet_v2": "mobilenet_v2",
}
HUGGING_FACE = {"bert_base": "bert-base-uncased", "llm_7b": "meta-llama/Llama-2-7b-hf"}


def local_config(model):
    """The built-in transformers' configurations, made here rather than downloaded (GPU machines are
    often offline): transformers' BertConfig() defaults are bert-base-uncased (12 layers, hidden 768,
    12 heads, FFN 3072, vocabulary 30522) and LlamaConfig() defaults are Llama-2-7B (32 layers, hidden
    4096, FFN 11008, vocabulary 32000)."""
    if model == "bert_base":
        from transformers import BertConfig
        return BertConfig()
    if model == "llm_7b":
        from transformers import LlamaConfig
        return LlamaConfig()
    return None


def build(args):
    if args.model in TORCHVISION:
        import torchvision
        kwargs = {"aux_logits": False, "init_weights": True} if args.model == "googlenet" else {}
        model = getattr(torchvision.models, TORCHVISION[args.model])(weights=None, **kwargs)
        inputs = (torch.randn(args.batch, 3, 224, 224),)
        target = torch.randint(0, 1000, (args.batch,))
        return model, inputs, target
    from transformers import AutoConfig, AutoModel, AutoModelForCausalLM
    config = local_config(args.model)
    if config is None:  # any other Hugging Face id: its config is downloaded (or read from the cache)
        config = AutoConfig.from_pretrained(HUGGING_FACE.get(args.model, args.model))
    cls = AutoModelForCausalLM if args.model == "llm_7b" or getattr(config, "is_decoder", False) else AutoModel
    model = cls.from_config(config)  # random weights: traffic does not depend on their values
    tokens = args.seq
    inputs = (torch.randint(0, config.vocab_size, (args.batch, tokens)),)
    return model, inputs, None


def grad_scaler(enabled):
    """torch.amp.GradScaler("cuda") where it exists (PyTorch >= 2.3), else the older torch.cuda.amp one."""
    if hasattr(torch, "amp") and hasattr(torch.amp, "GradScaler"):
        return torch.amp.GradScaler("cuda", enabled=enabled)
    return torch.cuda.amp.GradScaler(enabled=enabled)


def set_tf32(enabled):
    """fp32 means IEEE fp32 arithmetic; tf32 lets cuBLAS and cuDNN use TF32 tensor cores (PyTorch's own
    default for convolutions, not for matrix products). The allow_tf32 switches, or the fp32_precision
    settings that replace them in newer PyTorch."""
    try:
        torch.backends.cuda.matmul.allow_tf32 = enabled
        torch.backends.cudnn.allow_tf32 = enabled
    except (AttributeError, RuntimeError):
        torch.backends.cuda.matmul.fp32_precision = "tf32" if enabled else "ieee"
        torch.backends.cudnn.conv.fp32_precision = "tf32" if enabled else "ieee"


def nvtx(push):
    """The NVTX range around the profiled iteration, where PyTorch was built with NVTX."""
    try:
        if push:
            torch.cuda.nvtx.range_push("deepnvm-profiled")
        else:
            torch.cuda.nvtx.range_pop()
    except (AttributeError, RuntimeError):
        pass


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--model", required=True, help="alexnet, vgg16, googlenet, resnet18, resnet50, squeezenet, "
                   "mobilenet_v2, bert_base, llm_7b, or any Hugging Face model id")
    p.add_argument("--phase", choices=["train", "infer", "prefill", "decode"], default="infer")
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--precision", choices=list(PRECISIONS) + ["int8"], default="fp32")
    p.add_argument("--seq", type=int, default=128, help="tokens (transformers); decode uses a KV cache of this length")
    p.add_argument("--warmup", type=int, default=3, help="iterations before the profiled one (not recorded)")
    args = p.parse_args()
    if args.precision == "int8":
        sys.exit("int8 needs a quantized deployment (TensorRT); profile that engine directly")

    set_tf32(args.precision == "tf32")
    torch.backends.cudnn.benchmark = True
    device = torch.device("cuda")
    model, inputs, target = build(args)
    dtype = PRECISIONS[args.precision]
    model = model.to(device)
    inputs = tuple(x.to(device) for x in inputs)
    target = target.to(device) if target is not None else None
    training = args.phase == "train"
    if not training:
        model = model.to(dtype)
        if inputs[0].is_floating_point():
            inputs = tuple(x.to(dtype) for x in inputs)
    model.train(training)
    optimizer = None
    if training:
        transformer = args.model not in TORCHVISION
        optimizer = (torch.optim.AdamW if transformer else torch.optim.SGD)(model.parameters(), lr=1e-4, **({} if transformer else {"momentum": 0.9}))
        scaler = grad_scaler(dtype == torch.float16)
        loss_fn = torch.nn.CrossEntropyLoss()

    def step():
        if training:
            with torch.autocast("cuda", dtype=dtype, enabled=dtype != torch.float32):
                out = model(*inputs)
                logits = out if torch.is_tensor(out) else (out.logits if hasattr(out, "logits") else out[0])
                if target is not None:
                    loss = loss_fn(logits, target)
                else:
                    loss = logits.float().mean()
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
            optimizer.zero_grad(set_to_none=True)
        else:
            with torch.no_grad():
                if args.phase == "decode":
                    out = model(*inputs, use_cache=True)
                    past = out.past_key_values
                    nxt = torch.randint(0, 100, (args.batch, 1), device=device)
                    return past, nxt
                model(*inputs)
        return None

    state = None
    for _ in range(args.warmup):
        state = step()
    torch.cuda.synchronize()
    # the profiled iteration: cudaProfilerStart/Stop for `--profile-from-start off`, and an NVTX range
    # of the same extent for `--nvtx --nvtx-include "deepnvm-profiled/"`
    torch.cuda.profiler.start()
    nvtx(push=True)
    if args.phase == "decode":
        past, nxt = state
        with torch.no_grad():
            model(nxt, past_key_values=past, use_cache=True)
    else:
        step()
    torch.cuda.synchronize()
    nvtx(push=False)
    torch.cuda.profiler.stop()
    props = torch.cuda.get_device_properties(0)
    print("profiled %s %s batch %d %s on %s (%d SMs, L2 %s bytes); torch %s, cuDNN %s"
          % (args.model, args.phase, args.batch, args.precision, props.name, props.multi_processor_count,
             getattr(props, "L2_cache_size", "?"), torch.__version__, torch.backends.cudnn.version()),
          file=sys.stderr)


if __name__ == "__main__":
    main()
