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


def build(args):
    if args.model in TORCHVISION:
        import torchvision
        kwargs = {"aux_logits": False, "init_weights": True} if args.model == "googlenet" else {}
        model = getattr(torchvision.models, TORCHVISION[args.model])(weights=None, **kwargs)
        inputs = (torch.randn(args.batch, 3, 224, 224),)
        target = torch.randint(0, 1000, (args.batch,))
        return model, inputs, target
    from transformers import AutoConfig, AutoModel, AutoModelForCausalLM
    name = HUGGING_FACE.get(args.model, args.model)
    config = AutoConfig.from_pretrained(name)
    cls = AutoModelForCausalLM if args.model == "llm_7b" or getattr(config, "is_decoder", False) else AutoModel
    model = cls.from_config(config)  # random weights: traffic does not depend on their values
    tokens = args.seq
    inputs = (torch.randint(0, config.vocab_size, (args.batch, tokens)),)
    return model, inputs, None


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

    torch.backends.cuda.matmul.allow_tf32 = args.precision == "tf32"
    torch.backends.cudnn.allow_tf32 = args.precision == "tf32"
    torch.backends.cudnn.benchmark = True
    device = torch.device("cuda")
    model, inputs, target = build(args)
    dtype = PRECISIONS[args.precision]
    model = model.to(device)
    inputs = tuple(x.to(device) for x in inputs)
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
        scaler = torch.cuda.amp.GradScaler(enabled=dtype == torch.float16)
        loss_fn = torch.nn.CrossEntropyLoss()

    def step():
        if training:
            with torch.autocast("cuda", dtype=dtype, enabled=dtype != torch.float32):
                out = model(*inputs)
                logits = out if torch.is_tensor(out) else (out.logits if hasattr(out, "logits") else out[0])
                if target is not None:
                    loss = loss_fn(logits, target.to(device))
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
    torch.cuda.profiler.start()
    if args.phase == "decode":
        past, nxt = state
        with torch.no_grad():
            model(nxt, past_key_values=past, use_cache=True)
    else:
        step()
    torch.cuda.synchronize()
    torch.cuda.profiler.stop()


if __name__ == "__main__":
    main()
