// The runs behind the controls of experiment "dying" on relu-both-passes.html.
courseGridLoaded("dying", {
  "default": 2,
  "points": [
    {
      "claims": [
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        }
      ],
      "parts": {
        "figure:deadOverTraining": "<figure class=\"plot-block\" data-part=\"figure:deadOverTraining\">\n<p class=\"plot-title\" id=\"dying-deadOverTraining-title\">Share of dead ReLU units during training <span class=\"plot-setting\">(units per layer = 16)</span></p>\n<svg class=\"plot many-bands\" viewBox=\"0 0 400 280\" role=\"img\" aria-labelledby=\"dying-deadOverTraining-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"234\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"234\" text-anchor=\"end\" dominant-baseline=\"middle\">0.0</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"202\" y2=\"202\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"202\" text-anchor=\"end\" dominant-baseline=\"middle\">0.2</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"170\" y2=\"170\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"170\" text-anchor=\"end\" dominant-baseline=\"middle\">0.4</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"138\" y2=\"138\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"138\" text-anchor=\"end\" dominant-baseline=\"middle\">0.6</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"106\" y2=\"106\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"106\" text-anchor=\"end\" dominant-baseline=\"middle\">0.8</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"74\" y2=\"74\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"74\" text-anchor=\"end\" dominant-baseline=\"middle\">1.0</text>\n<line class=\"grid\" x1=\"99.6\" x2=\"99.6\" y1=\"74\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"99.6\" y=\"255\" text-anchor=\"middle\">2</text>\n<line class=\"grid\" x1=\"195.7\" x2=\"195.7\" y1=\"74\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"195.7\" y=\"255\" text-anchor=\"middle\">4</text>\n<line class=\"grid\" x1=\"291.9\" x2=\"291.9\" y1=\"74\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"291.9\" y=\"255\" text-anchor=\"middle\">6</text>\n<line class=\"grid\" x1=\"388\" x2=\"388\" y1=\"74\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"388\" y=\"255\" text-anchor=\"middle\">8</text>\n<rect class=\"frame\" x=\"51.5\" y=\"74\" width=\"336.5\" height=\"160\"/>\n<text class=\"axis-label\" x=\"219.8\" y=\"274\" text-anchor=\"middle\">epoch</text>\n<text class=\"axis-label\" transform=\"translate(16 154) rotate(-90)\" text-anchor=\"middle\">dead units</text>\n<path class=\"band s0\" d=\"M51.5 219 L99.6 224 L147.6 224 L195.7 224 L243.8 224 L291.9 224 L339.9 224 L388 224 L388 229 L339.9 229 L291.9 229 L243.8 234 L195.7 234 L147.6 234 L99.6 234 L51.5 234 Z\"/>\n<path class=\"band s1\" d=\"M51.5 224 L99.6 219 L147.6 209 L195.7 209 L243.8 209 L291.9 209 L339.9 214 L388 214 L388 224 L339.9 224 L291.9 224 L243.8 224 L195.7 229 L147.6 229 L99.6 229 L51.5 234 Z\"/>\n<path class=\"band s2\" d=\"M51.5 199 L99.6 204 L147.6 199 L195.7 209 L243.8 209 L291.9 204 L339.9 204 L388 204 L388 229 L339.9 229 L291.9 229 L243.8 229 L195.7 229 L147.6 229 L99.6 234 L51.5 234 Z\"/>\n<path class=\"band s3\" d=\"M51.5 89 L99.6 84 L147.6 84 L195.7 84 L243.8 84 L291.9 84 L339.9 84 L388 84 L388 119 L339.9 119 L291.9 119 L243.8 119 L195.7 129 L147.6 119 L99.6 129 L51.5 179 Z\"/>\n<path class=\"band s4\" d=\"M51.5 84 L99.6 74 L147.6 74 L195.7 74 L243.8 74 L291.9 74 L339.9 74 L388 74 L388 119 L339.9 119 L291.9 119 L243.8 119 L195.7 119 L147.6 119 L99.6 119 L51.5 124 Z\"/>\n<path class=\"series s0\" d=\"M51.5 228 L99.6 229 L147.6 229 L195.7 229 L243.8 229 L291.9 227 L339.9 226 L388 226\"/>\n<path class=\"series s1\" d=\"M51.5 229 L99.6 225 L147.6 221 L195.7 219 L243.8 221 L291.9 218 L339.9 219 L388 220\"/>\n<path class=\"series s2\" d=\"M51.5 218 L99.6 217 L147.6 215 L195.7 216 L243.8 216 L291.9 215 L339.9 215 L388 215\"/>\n<path class=\"series s3\" d=\"M51.5 129 L99.6 102 L147.6 101 L195.7 101 L243.8 96 L291.9 96 L339.9 96 L388 96\"/>\n<path class=\"series s4\" d=\"M51.5 108 L99.6 96 L147.6 96 L195.7 96 L243.8 96 L291.9 96 L339.9 98 L388 99\"/>\n<line class=\"series s0\" x1=\"8\" x2=\"30\" y1=\"20\" y2=\"20\"/>\n<text class=\"legend-label\" x=\"36\" y=\"20\" dominant-baseline=\"middle\">learning rate 0.01</text>\n<line class=\"series s1\" x1=\"160.7\" x2=\"182.7\" y1=\"20\" y2=\"20\"/>\n<text class=\"legend-label\" x=\"188.7\" y=\"20\" dominant-baseline=\"middle\">learning rate 0.1</text>\n<line class=\"series s2\" x1=\"8\" x2=\"30\" y1=\"38\" y2=\"38\"/>\n<text class=\"legend-label\" x=\"36\" y=\"38\" dominant-baseline=\"middle\">learning rate 0.5</text>\n<line class=\"series s3\" x1=\"152.9\" x2=\"174.9\" y1=\"38\" y2=\"38\"/>\n<text class=\"legend-label\" x=\"180.9\" y=\"38\" dominant-baseline=\"middle\">learning rate 1</text>\n<line class=\"series s4\" x1=\"8\" x2=\"30\" y1=\"56\" y2=\"56\"/>\n<text class=\"legend-label\" x=\"36\" y=\"56\" dominant-baseline=\"middle\">learning rate 2</text>\n</svg>\n<details class=\"figure-data\"><summary>The numbers behind figure 3</summary>\n<table class=\"result-table\" tabindex=\"0\"><caption>Share of dead ReLU units during training</caption>\n<thead><tr><th scope=\"col\">epoch</th><th scope=\"col\">learning rate 0.01 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 0.1 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 0.5 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 1 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 2 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th></tr></thead>\n<tbody>\n<tr><td>1</td><td>0.0375</td><td>0.04075</td><td>0</td><td>0.09375</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.1</td><td>0.08672</td><td>0</td><td>0.2188</td><td>0.6562</td><td>0.2131</td><td>0.3438</td><td>0.9062</td><td>0.7875</td><td>0.09733</td><td>0.6875</td><td>0.9375</td></tr>\n<tr><td>2</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.05625</td><td>0.02615</td><td>0.03125</td><td>0.09375</td><td>0.1062</td><td>0.08728</td><td>0</td><td>0.1875</td><td>0.825</td><td>0.1182</td><td>0.6562</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>3</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.08125</td><td>0.04739</td><td>0.03125</td><td>0.1562</td><td>0.1187</td><td>0.08385</td><td>0.03125</td><td>0.2188</td><td>0.8313</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>4</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.09375</td><td>0.04941</td><td>0.03125</td><td>0.1562</td><td>0.1125</td><td>0.06092</td><td>0.03125</td><td>0.1562</td><td>0.8313</td><td>0.1337</td><td>0.6562</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>5</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.08125</td><td>0.04193</td><td>0.0625</td><td>0.1562</td><td>0.1125</td><td>0.06092</td><td>0.03125</td><td>0.1562</td><td>0.8625</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>6</td><td>0.04375</td><td>0.01712</td><td>0.03125</td><td>0.0625</td><td>0.1</td><td>0.03423</td><td>0.0625</td><td>0.1562</td><td>0.1187</td><td>0.06011</td><td>0.03125</td><td>0.1875</td><td>0.8625</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>7</td><td>0.05</td><td>0.01712</td><td>0.03125</td><td>0.0625</td><td>0.09375</td><td>0.0221</td><td>0.0625</td><td>0.125</td><td>0.1187</td><td>0.06775</td><td>0.03125</td><td>0.1875</td><td>0.8625</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.85</td><td>0.1022</td><td>0.7188</td><td>1</td></tr>\n<tr><td>8</td><td>0.05</td><td>0.01712</td><td>0.03125</td><td>0.0625</td><td>0.0875</td><td>0.02615</td><td>0.0625</td><td>0.125</td><td>0.1187</td><td>0.06775</td><td>0.03125</td><td>0.1875</td><td>0.8625</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.8438</td><td>0.1013</td><td>0.7188</td><td>1</td></tr>\n</tbody></table>\n</details>\n<figcaption><span class=\"figure-number\">Figure 3.</span> The share of dead units after each epoch, one line per learning rate (mean and range over five seeds).</figcaption>\n</figure>",
        "table:summary": "<div class=\"table-block\" data-part=\"table:summary\">\n<table class=\"result-table\" tabindex=\"0\"><caption>After training (mean ± sd over 5 seeds)</caption>\n<thead><tr><th scope=\"col\">learning rate</th><th scope=\"col\">dead (ReLU)</th><th scope=\"col\">never positive (leaky)</th><th scope=\"col\">accuracy (ReLU)</th><th scope=\"col\">accuracy (leaky)</th></tr></thead>\n<tbody>\n<tr><td>0.01</td><td>5.0% ± 1.7%</td><td>5.0% ± 1.7%</td><td>49.2% ± 10.2%</td><td>49.3% ± 10.7%</td></tr>\n<tr><td>0.1</td><td>8.8% ± 2.6%</td><td>8.1% ± 3.6%</td><td>90.6% ± 3.5%</td><td>90.5% ± 3.2%</td></tr>\n<tr><td>0.5</td><td>11.9% ± 6.8%</td><td>12.5% ± 4.9%</td><td>89.7% ± 3.6%</td><td>91.8% ± 2.2%</td></tr>\n<tr><td>1</td><td>86.2% ± 9.5%</td><td>78.1% ± 13.1%</td><td>8.0% ± 2.0%</td><td>18.9% ± 12.3%</td></tr>\n<tr><td>2</td><td>84.4% ± 10.1%</td><td>84.4% ± 24.7%</td><td>7.9% ± 1.9%</td><td>18.6% ± 24.9%</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "dying.accuracy.2 | spread:percent": "89.7% ± 3.6% (5 seeds)",
        "dying.accuracy.4 | range:percent": "5.8%–9.5% over 5 seeds",
        "dying.bornDeadProbability.0.2 | spread:percent": "88.0% ± 1.5% (5 seeds)",
        "dying.bornDeadProbability.0.3 | spread:percent": "99.3% ± 0.3% (5 seeds)",
        "dying.bornDeadProbability.2.3 | spread:percent": "23.6% ± 1.7% (5 seeds)",
        "dying.deadFraction.1 | spread:percent": "8.8% ± 2.6% (5 seeds)",
        "dying.deadFraction.4 | spread:percent": "84.4% ± 10.1% (5 seeds)",
        "dying.leakyAccuracy.2 | spread:percent": "91.8% ± 2.2% (5 seeds)",
        "dying.leakyAccuracy.4 | range:percent": "5.8%–63.0% over 5 seeds",
        "dying.max.deadGradientMax": "0",
        "dying.max.deadUnitsChecked": "66",
        "dying.mean.bornDeadTheory.2": "0.875",
        "dying.min.deadUnitsChecked": "56",
        "dying.negativeWeightShare.1 | spread:percent": "47.3% ± 1.8% (5 seeds)",
        "dying.parameters.bornDead.depth.2": "4",
        "dying.parameters.bornDead.depth.3": "8",
        "dying.parameters.bornDead.trials": "500",
        "dying.parameters.bornDead.width.2": "4",
        "dying.parameters.depth": "2",
        "dying.parameters.epochs": "8",
        "dying.parameters.leakySlope": "0.01",
        "dying.parameters.learningRates.0": "0.01",
        "dying.parameters.learningRates.1": "0.1",
        "dying.parameters.learningRates.2": "0.5",
        "dying.parameters.learningRates.4": "2",
        "dying.parameters.width": "16",
        "dying.turnedNegativeShare.0 | spread:percent": "2.1% ± 0.6% (5 seeds)",
        "dying.turnedNegativeShare.1 | spread:percent": "6.1% ± 0.6% (5 seeds)"
      },
      "setting": "(units per layer = 16)",
      "status": "units per layer = 16; 17 of 17 claims hold here. Changed: 2 figures or tables and 11 numbers in the text; the words around the marked numbers describe units per layer = 48.",
      "summary": "17 of 17 claims hold here"
    },
    {
      "claims": [
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        }
      ],
      "parts": {
        "figure:deadOverTraining": "<figure class=\"plot-block\" data-part=\"figure:deadOverTraining\">\n<p class=\"plot-title\" id=\"dying-deadOverTraining-title\">Share of dead ReLU units during training <span class=\"plot-setting\">(units per layer = 32)</span></p>\n<svg class=\"plot many-bands\" viewBox=\"0 0 400 280\" role=\"img\" aria-labelledby=\"dying-deadOverTraining-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"234\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"234\" text-anchor=\"end\" dominant-baseline=\"middle\">0.0</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"202\" y2=\"202\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"202\" text-anchor=\"end\" dominant-baseline=\"middle\">0.2</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"170\" y2=\"170\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"170\" text-anchor=\"end\" dominant-baseline=\"middle\">0.4</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"138\" y2=\"138\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"138\" text-anchor=\"end\" dominant-baseline=\"middle\">0.6</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"106\" y2=\"106\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"106\" text-anchor=\"end\" dominant-baseline=\"middle\">0.8</text>\n<line class=\"grid\" x1=\"51.5\" x2=\"388\" y1=\"74\" y2=\"74\"/>\n<text class=\"tick-label\" x=\"45.5\" y=\"74\" text-anchor=\"end\" dominant-baseline=\"middle\">1.0</text>\n<line class=\"grid\" x1=\"99.6\" x2=\"99.6\" y1=\"74\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"99.6\" y=\"255\" text-anchor=\"middle\">2</text>\n<line class=\"grid\" x1=\"195.7\" x2=\"195.7\" y1=\"74\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"195.7\" y=\"255\" text-anchor=\"middle\">4</text>\n<line class=\"grid\" x1=\"291.9\" x2=\"291.9\" y1=\"74\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"291.9\" y=\"255\" text-anchor=\"middle\">6</text>\n<line class=\"grid\" x1=\"388\" x2=\"388\" y1=\"74\" y2=\"234\"/>\n<text class=\"tick-label\" x=\"388\" y=\"255\" text-anchor=\"middle\">8</text>\n<rect class=\"frame\" x=\"51.5\" y=\"74\" width=\"336.5\" height=\"160\"/>\n<text class=\"axis-label\" x=\"219.8\" y=\"274\" text-anchor=\"middle\">epoch</text>\n<text class=\"axis-label\" transform=\"translate(16 154) rotate(-90)\" text-anchor=\"middle\">dead units</text>\n<path class=\"band s0\" d=\"M51.5 226.5 L99.6 226.5 L147.6 229 L195.7 229 L243.8 229 L291.9 226.5 L339.9 226.5 L388 226.5 L388 231.5 L339.9 231.5 L291.9 231.5 L243.8 231.5 L195.7 231.5 L147.6 231.5 L99.6 231.5 L51.5 231.5 Z\"/>\n<path class=\"band s1\" d=\"M51.5 224 L99.6 219 L147.6 221.5 L195.7 221.5 L243.8 221.5 L291.9 221.5 L339.9 221.5 L388 221.5 L388 234 L339.9 234 L291.9 234 L243.8 234 L195.7 231.5 L147.6 231.5 L99.6 231.5 L51.5 231.5 Z\"/>\n<path class=\"band s2\" d=\"M51.5 219 L99.6 219 L147.6 216.5 L195.7 216.5 L243.8 216.5 L291.9 216.5 L339.9 214 L388 216.5 L388 224 L339.9 224 L291.9 224 L243.8 224 L195.7 226.5 L147.6 226.5 L99.6 226.5 L51.5 229 Z\"/>\n<path class=\"band s3\" d=\"M51.5 134 L99.6 99 L147.6 96.5 L195.7 96.5 L243.8 91.5 L291.9 91.5 L339.9 91.5 L388 91.5 L388 119 L339.9 101.5 L291.9 124 L243.8 121.5 L195.7 129 L147.6 119 L99.6 146.5 L51.5 189 Z\"/>\n<path class=\"band s4\" d=\"M51.5 89 L99.6 81.5 L147.6 81.5 L195.7 81.5 L243.8 81.5 L291.9 81.5 L339.9 81.5 L388 81.5 L388 104 L339.9 104 L291.9 104 L243.8 104 L195.7 104 L147.6 104 L99.6 106.5 L51.5 119 Z\"/>\n<path class=\"series s0\" d=\"M51.5 230.5 L99.6 230.5 L147.6 230.5 L195.7 230.5 L243.8 230.5 L291.9 230 L339.9 230 L388 230\"/>\n<path class=\"series s1\" d=\"M51.5 228.5 L99.6 226.5 L147.6 227.5 L195.7 228.5 L243.8 229 L291.9 228 L339.9 229 L388 228.5\"/>\n<path class=\"series s2\" d=\"M51.5 224.5 L99.6 224 L147.6 223.5 L195.7 223 L243.8 221.5 L291.9 222 L339.9 221 L388 222.5\"/>\n<path class=\"series s3\" d=\"M51.5 161 L99.6 128 L147.6 109 L195.7 110.5 L243.8 103 L291.9 103.5 L339.9 97.5 L388 101\"/>\n<path class=\"series s4\" d=\"M51.5 101.5 L99.6 96 L147.6 93 L195.7 90 L243.8 90 L291.9 89.5 L339.9 89.5 L388 89.5\"/>\n<line class=\"series s0\" x1=\"8\" x2=\"30\" y1=\"20\" y2=\"20\"/>\n<text class=\"legend-label\" x=\"36\" y=\"20\" dominant-baseline=\"middle\">learning rate 0.01</text>\n<line class=\"series s1\" x1=\"160.7\" x2=\"182.7\" y1=\"20\" y2=\"20\"/>\n<text class=\"legend-label\" x=\"188.7\" y=\"20\" dominant-baseline=\"middle\">learning rate 0.1</text>\n<line class=\"series s2\" x1=\"8\" x2=\"30\" y1=\"38\" y2=\"38\"/>\n<text class=\"legend-label\" x=\"36\" y=\"38\" dominant-baseline=\"middle\">learning rate 0.5</text>\n<line class=\"series s3\" x1=\"152.9\" x2=\"174.9\" y1=\"38\" y2=\"38\"/>\n<text class=\"legend-label\" x=\"180.9\" y=\"38\" dominant-baseline=\"middle\">learning rate 1</text>\n<line class=\"series s4\" x1=\"8\" x2=\"30\" y1=\"56\" y2=\"56\"/>\n<text class=\"legend-label\" x=\"36\" y=\"56\" dominant-baseline=\"middle\">learning rate 2</text>\n</svg>\n<details class=\"figure-data\"><summary>The numbers behind figure 3</summary>\n<table class=\"result-table\" tabindex=\"0\"><caption>Share of dead ReLU units during training</caption>\n<thead><tr><th scope=\"col\">epoch</th><th scope=\"col\">learning rate 0.01 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 0.1 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 0.5 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 1 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 2 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th></tr></thead>\n<tbody>\n<tr><td>1</td><td>0.02187</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.03438</td><td>0.01712</td><td>0.01562</td><td>0.0625</td><td>0.05937</td><td>0.02567</td><td>0.03125</td><td>0.09375</td><td>0.4562</td><td>0.1359</td><td>0.2812</td><td>0.625</td><td>0.8281</td><td>0.0716</td><td>0.7188</td><td>0.9062</td></tr>\n<tr><td>2</td><td>0.02187</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.04688</td><td>0.03664</td><td>0.01562</td><td>0.09375</td><td>0.0625</td><td>0.01914</td><td>0.04688</td><td>0.09375</td><td>0.6625</td><td>0.1282</td><td>0.5469</td><td>0.8438</td><td>0.8625</td><td>0.06289</td><td>0.7969</td><td>0.9531</td></tr>\n<tr><td>3</td><td>0.02187</td><td>0.008558</td><td>0.01562</td><td>0.03125</td><td>0.04063</td><td>0.03423</td><td>0.01562</td><td>0.07812</td><td>0.06563</td><td>0.02795</td><td>0.04688</td><td>0.1094</td><td>0.7812</td><td>0.05182</td><td>0.7188</td><td>0.8594</td><td>0.8812</td><td>0.05135</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>4</td><td>0.02187</td><td>0.008558</td><td>0.01562</td><td>0.03125</td><td>0.03438</td><td>0.02795</td><td>0.01562</td><td>0.07812</td><td>0.06875</td><td>0.0237</td><td>0.04688</td><td>0.1094</td><td>0.7719</td><td>0.0888</td><td>0.6562</td><td>0.8594</td><td>0.9</td><td>0.05367</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>5</td><td>0.02187</td><td>0.008558</td><td>0.01562</td><td>0.03125</td><td>0.03125</td><td>0.03125</td><td>0</td><td>0.07812</td><td>0.07812</td><td>0.01914</td><td>0.0625</td><td>0.1094</td><td>0.8187</td><td>0.07295</td><td>0.7031</td><td>0.8906</td><td>0.9</td><td>0.05367</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>6</td><td>0.025</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.0375</td><td>0.03763</td><td>0</td><td>0.07812</td><td>0.075</td><td>0.02037</td><td>0.0625</td><td>0.1094</td><td>0.8156</td><td>0.07921</td><td>0.6875</td><td>0.8906</td><td>0.9031</td><td>0.05568</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>7</td><td>0.025</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.03125</td><td>0.03125</td><td>0</td><td>0.07812</td><td>0.08125</td><td>0.02567</td><td>0.0625</td><td>0.125</td><td>0.8531</td><td>0.0237</td><td>0.8281</td><td>0.8906</td><td>0.9031</td><td>0.05568</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>8</td><td>0.025</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.03438</td><td>0.03387</td><td>0</td><td>0.07812</td><td>0.07187</td><td>0.02096</td><td>0.0625</td><td>0.1094</td><td>0.8313</td><td>0.06757</td><td>0.7188</td><td>0.8906</td><td>0.9031</td><td>0.05568</td><td>0.8125</td><td>0.9531</td></tr>\n</tbody></table>\n</details>\n<figcaption><span class=\"figure-number\">Figure 3.</span> The share of dead units after each epoch, one line per learning rate (mean and range over five seeds).</figcaption>\n</figure>",
        "table:summary": "<div class=\"table-block\" data-part=\"table:summary\">\n<table class=\"result-table\" tabindex=\"0\"><caption>After training (mean ± sd over 5 seeds)</caption>\n<thead><tr><th scope=\"col\">learning rate</th><th scope=\"col\">dead (ReLU)</th><th scope=\"col\">never positive (leaky)</th><th scope=\"col\">accuracy (ReLU)</th><th scope=\"col\">accuracy (leaky)</th></tr></thead>\n<tbody>\n<tr><td>0.01</td><td>2.5% ± 1.4%</td><td>2.5% ± 1.4%</td><td>65.5% ± 11.8%</td><td>65.7% ± 11.5%</td></tr>\n<tr><td>0.1</td><td>3.4% ± 3.4%</td><td>3.4% ± 3.4%</td><td>93.3% ± 2.2%</td><td>93.3% ± 2.1%</td></tr>\n<tr><td>0.5</td><td>7.2% ± 2.1%</td><td>9.7% ± 5.3%</td><td>94.0% ± 2.0%</td><td>94.2% ± 1.5%</td></tr>\n<tr><td>1</td><td>83.1% ± 6.8%</td><td>65.9% ± 11.6%</td><td>9.9% ± 2.8%</td><td>40.9% ± 11.2%</td></tr>\n<tr><td>2</td><td>90.3% ± 5.6%</td><td>93.4% ± 4.5%</td><td>7.9% ± 1.9%</td><td>12.6% ± 7.6%</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "dying.accuracy.2 | spread:percent": "94.0% ± 2.0% (5 seeds)",
        "dying.accuracy.4 | range:percent": "5.8%–9.5% over 5 seeds",
        "dying.bornDeadProbability.0.2 | spread:percent": "88.0% ± 1.5% (5 seeds)",
        "dying.bornDeadProbability.0.3 | spread:percent": "99.3% ± 0.3% (5 seeds)",
        "dying.bornDeadProbability.2.3 | spread:percent": "23.6% ± 1.7% (5 seeds)",
        "dying.deadFraction.1 | spread:percent": "3.4% ± 3.4% (5 seeds)",
        "dying.deadFraction.4 | spread:percent": "90.3% ± 5.6% (5 seeds)",
        "dying.leakyAccuracy.2 | spread:percent": "94.2% ± 1.5% (5 seeds)",
        "dying.leakyAccuracy.4 | range:percent": "5.8%–24.5% over 5 seeds",
        "dying.max.deadGradientMax": "0",
        "dying.max.deadUnitsChecked": "127",
        "dying.mean.bornDeadTheory.2": "0.875",
        "dying.min.deadUnitsChecked": "115",
        "dying.negativeWeightShare.1 | spread:percent": "47.5% ± 1.1% (5 seeds)",
        "dying.parameters.bornDead.depth.2": "4",
        "dying.parameters.bornDead.depth.3": "8",
        "dying.parameters.bornDead.trials": "500",
        "dying.parameters.bornDead.width.2": "4",
        "dying.parameters.depth": "2",
        "dying.parameters.epochs": "8",
        "dying.parameters.leakySlope": "0.01",
        "dying.parameters.learningRates.0": "0.01",
        "dying.parameters.learningRates.1": "0.1",
        "dying.parameters.learningRates.2": "0.5",
        "dying.parameters.learningRates.4": "2",
        "dying.parameters.width": "32",
        "dying.turnedNegativeShare.0 | spread:percent": "1.1% ± 0.1% (5 seeds)",
        "dying.turnedNegativeShare.1 | spread:percent": "3.5% ± 0.4% (5 seeds)"
      },
      "setting": "(units per layer = 32)",
      "status": "units per layer = 32; 17 of 17 claims hold here. Changed: 2 figures or tables and 11 numbers in the text; the words around the marked numbers describe units per layer = 48.",
      "summary": "17 of 17 claims hold here"
    },
    {
      "claims": [
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        },
        {
          "holds": true,
          "text": "holds here"
        }
      ],
      "parts": {},
      "refs": {
        "dying.accuracy.2 | spread:percent": "94.7% ± 2.1% (5 seeds)",
        "dying.accuracy.4 | range:percent": "5.8%–9.5% over 5 seeds",
        "dying.bornDeadProbability.0.2 | spread:percent": "88.0% ± 1.5% (5 seeds)",
        "dying.bornDeadProbability.0.3 | spread:percent": "99.3% ± 0.3% (5 seeds)",
        "dying.bornDeadProbability.2.3 | spread:percent": "23.6% ± 1.7% (5 seeds)",
        "dying.deadFraction.1 | spread:percent": "4.8% ± 2.3% (5 seeds)",
        "dying.deadFraction.4 | spread:percent": "91.2% ± 2.0% (5 seeds)",
        "dying.leakyAccuracy.2 | spread:percent": "96.3% ± 1.3% (5 seeds)",
        "dying.leakyAccuracy.4 | range:percent": "7.5%–9.7% over 5 seeds",
        "dying.max.deadGradientMax": "0",
        "dying.max.deadUnitsChecked": "189",
        "dying.mean.bornDeadTheory.2": "0.875",
        "dying.min.deadUnitsChecked": "155",
        "dying.negativeWeightShare.1 | spread:percent": "48.4% ± 0.5% (5 seeds)",
        "dying.parameters.bornDead.depth.2": "4",
        "dying.parameters.bornDead.depth.3": "8",
        "dying.parameters.bornDead.trials": "500",
        "dying.parameters.bornDead.width.2": "4",
        "dying.parameters.depth": "2",
        "dying.parameters.epochs": "8",
        "dying.parameters.leakySlope": "0.01",
        "dying.parameters.learningRates.0": "0.01",
        "dying.parameters.learningRates.1": "0.1",
        "dying.parameters.learningRates.2": "0.5",
        "dying.parameters.learningRates.4": "2",
        "dying.parameters.width": "48",
        "dying.turnedNegativeShare.0 | spread:percent": "1.1% ± 0.0% (5 seeds)",
        "dying.turnedNegativeShare.1 | spread:percent": "3.1% ± 0.3% (5 seeds)"
      },
      "setting": "(units per layer = 48)",
      "status": "units per layer = 48: the run the text describes; 17 of 17 claims hold here.",
      "summary": "17 of 17 claims hold here"
    }
  ]
});
