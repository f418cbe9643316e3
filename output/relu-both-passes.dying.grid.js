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
        "figure:deadOverTraining": "<figure class=\"plot-block\" data-part=\"figure:deadOverTraining\">\n<p class=\"plot-title\">Share of dead ReLU units during training <span class=\"plot-setting\">(units per layer = 16)</span></p>\n<svg class=\"plot many-bands\" viewBox=\"0 0 400 280\" role=\"img\" aria-labelledby=\"dying-deadOverTraining-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"dying-deadOverTraining-title\">Share of dead ReLU units during training</title>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"238\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"44\" y=\"238\" text-anchor=\"end\" dominant-baseline=\"middle\">0.0</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"203.6\" y2=\"203.6\"/>\n<text class=\"tick-label\" x=\"44\" y=\"203.6\" text-anchor=\"end\" dominant-baseline=\"middle\">0.2</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"169.2\" y2=\"169.2\"/>\n<text class=\"tick-label\" x=\"44\" y=\"169.2\" text-anchor=\"end\" dominant-baseline=\"middle\">0.4</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"134.8\" y2=\"134.8\"/>\n<text class=\"tick-label\" x=\"44\" y=\"134.8\" text-anchor=\"end\" dominant-baseline=\"middle\">0.6</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"100.4\" y2=\"100.4\"/>\n<text class=\"tick-label\" x=\"44\" y=\"100.4\" text-anchor=\"end\" dominant-baseline=\"middle\">0.8</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"66\" y2=\"66\"/>\n<text class=\"tick-label\" x=\"44\" y=\"66\" text-anchor=\"end\" dominant-baseline=\"middle\">1.0</text>\n<line class=\"grid\" x1=\"50\" x2=\"50\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"50\" y=\"254\" text-anchor=\"middle\">0</text>\n<line class=\"grid\" x1=\"134.5\" x2=\"134.5\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"134.5\" y=\"254\" text-anchor=\"middle\">2</text>\n<line class=\"grid\" x1=\"219\" x2=\"219\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"219\" y=\"254\" text-anchor=\"middle\">4</text>\n<line class=\"grid\" x1=\"303.5\" x2=\"303.5\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"303.5\" y=\"254\" text-anchor=\"middle\">6</text>\n<line class=\"grid\" x1=\"388\" x2=\"388\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"388\" y=\"254\" text-anchor=\"middle\">8</text>\n<rect class=\"frame\" x=\"50\" y=\"66\" width=\"338\" height=\"172\"/>\n<text class=\"axis-label\" x=\"219\" y=\"274\" text-anchor=\"middle\">epoch</text>\n<text class=\"axis-label\" transform=\"translate(14 152) rotate(-90)\" text-anchor=\"middle\">dead units</text>\n<path class=\"band s0\" d=\"M92.3 221.9 L134.5 227.3 L176.8 227.3 L219 227.3 L261.3 227.3 L303.5 227.3 L345.8 227.3 L388 227.3 L388 232.6 L345.8 232.6 L303.5 232.6 L261.3 238 L219 238 L176.8 238 L134.5 238 L92.3 238 Z\"/>\n<path class=\"band s1\" d=\"M92.3 227.3 L134.5 221.9 L176.8 211.1 L219 211.1 L261.3 211.1 L303.5 211.1 L345.8 216.5 L388 216.5 L388 227.3 L345.8 227.3 L303.5 227.3 L261.3 227.3 L219 232.6 L176.8 232.6 L134.5 232.6 L92.3 238 Z\"/>\n<path class=\"band s2\" d=\"M92.3 200.4 L134.5 205.8 L176.8 200.4 L219 211.1 L261.3 211.1 L303.5 205.8 L345.8 205.8 L388 205.8 L388 232.6 L345.8 232.6 L303.5 232.6 L261.3 232.6 L219 232.6 L176.8 232.6 L134.5 238 L92.3 238 Z\"/>\n<path class=\"band s3\" d=\"M92.3 82.1 L134.5 76.8 L176.8 76.8 L219 76.8 L261.3 76.8 L303.5 76.8 L345.8 76.8 L388 76.8 L388 114.4 L345.8 114.4 L303.5 114.4 L261.3 114.4 L219 125.1 L176.8 114.4 L134.5 125.1 L92.3 178.9 Z\"/>\n<path class=\"band s4\" d=\"M92.3 76.8 L134.5 66 L176.8 66 L219 66 L261.3 66 L303.5 66 L345.8 66 L388 66 L388 114.4 L345.8 114.4 L303.5 114.4 L261.3 114.4 L219 114.4 L176.8 114.4 L134.5 114.4 L92.3 119.8 Z\"/>\n<path class=\"series s0\" d=\"M92.3 231.6 L134.5 232.6 L176.8 232.6 L219 232.6 L261.3 232.6 L303.5 230.5 L345.8 229.4 L388 229.4\"/>\n<path class=\"series s1\" d=\"M92.3 232.6 L134.5 228.3 L176.8 224 L219 221.9 L261.3 224 L303.5 220.8 L345.8 221.9 L388 223\"/>\n<path class=\"series s2\" d=\"M92.3 220.8 L134.5 219.7 L176.8 217.6 L219 218.7 L261.3 218.7 L303.5 217.6 L345.8 217.6 L388 217.6\"/>\n<path class=\"series s3\" d=\"M92.3 125.1 L134.5 96.1 L176.8 95 L219 95 L261.3 89.7 L303.5 89.7 L345.8 89.7 L388 89.7\"/>\n<path class=\"series s4\" d=\"M92.3 102.6 L134.5 89.7 L176.8 89.7 L219 89.7 L261.3 89.7 L303.5 89.7 L345.8 91.8 L388 92.9\"/>\n<line class=\"series s0\" x1=\"50\" x2=\"72\" y1=\"18\" y2=\"18\"/>\n<text class=\"legend-label\" x=\"76\" y=\"18\" dominant-baseline=\"middle\">learning rate 0.01</text>\n<line class=\"series s1\" x1=\"217\" x2=\"239\" y1=\"18\" y2=\"18\"/>\n<text class=\"legend-label\" x=\"243\" y=\"18\" dominant-baseline=\"middle\">learning rate 0.1</text>\n<line class=\"series s2\" x1=\"50\" x2=\"72\" y1=\"36\" y2=\"36\"/>\n<text class=\"legend-label\" x=\"76\" y=\"36\" dominant-baseline=\"middle\">learning rate 0.5</text>\n<line class=\"series s3\" x1=\"209.5\" x2=\"231.5\" y1=\"36\" y2=\"36\"/>\n<text class=\"legend-label\" x=\"235.5\" y=\"36\" dominant-baseline=\"middle\">learning rate 1</text>\n<line class=\"series s4\" x1=\"50\" x2=\"72\" y1=\"54\" y2=\"54\"/>\n<text class=\"legend-label\" x=\"76\" y=\"54\" dominant-baseline=\"middle\">learning rate 2</text>\n</svg>\n<details class=\"figure-data\"><summary>Data behind “Share of dead ReLU units during training”</summary>\n<table class=\"result-table\" tabindex=\"0\"><caption>Share of dead ReLU units during training</caption>\n<thead><tr><th scope=\"col\">epoch</th><th scope=\"col\">learning rate 0.01 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 0.1 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 0.5 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 1 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 2 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th></tr></thead>\n<tbody>\n<tr><td>1</td><td>0.0375</td><td>0.04075</td><td>0</td><td>0.09375</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.1</td><td>0.08672</td><td>0</td><td>0.2188</td><td>0.6562</td><td>0.2131</td><td>0.3438</td><td>0.9062</td><td>0.7875</td><td>0.09733</td><td>0.6875</td><td>0.9375</td></tr>\n<tr><td>2</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.05625</td><td>0.02615</td><td>0.03125</td><td>0.09375</td><td>0.1062</td><td>0.08728</td><td>0</td><td>0.1875</td><td>0.825</td><td>0.1182</td><td>0.6562</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>3</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.08125</td><td>0.04739</td><td>0.03125</td><td>0.1562</td><td>0.1187</td><td>0.08385</td><td>0.03125</td><td>0.2188</td><td>0.8313</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>4</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.09375</td><td>0.04941</td><td>0.03125</td><td>0.1562</td><td>0.1125</td><td>0.06092</td><td>0.03125</td><td>0.1562</td><td>0.8313</td><td>0.1337</td><td>0.6562</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>5</td><td>0.03125</td><td>0.0221</td><td>0</td><td>0.0625</td><td>0.08125</td><td>0.04193</td><td>0.0625</td><td>0.1562</td><td>0.1125</td><td>0.06092</td><td>0.03125</td><td>0.1562</td><td>0.8625</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>6</td><td>0.04375</td><td>0.01712</td><td>0.03125</td><td>0.0625</td><td>0.1</td><td>0.03423</td><td>0.0625</td><td>0.1562</td><td>0.1187</td><td>0.06011</td><td>0.03125</td><td>0.1875</td><td>0.8625</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.8625</td><td>0.1096</td><td>0.7188</td><td>1</td></tr>\n<tr><td>7</td><td>0.05</td><td>0.01712</td><td>0.03125</td><td>0.0625</td><td>0.09375</td><td>0.0221</td><td>0.0625</td><td>0.125</td><td>0.1187</td><td>0.06775</td><td>0.03125</td><td>0.1875</td><td>0.8625</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.85</td><td>0.1022</td><td>0.7188</td><td>1</td></tr>\n<tr><td>8</td><td>0.05</td><td>0.01712</td><td>0.03125</td><td>0.0625</td><td>0.0875</td><td>0.02615</td><td>0.0625</td><td>0.125</td><td>0.1187</td><td>0.06775</td><td>0.03125</td><td>0.1875</td><td>0.8625</td><td>0.0953</td><td>0.7188</td><td>0.9375</td><td>0.8438</td><td>0.1013</td><td>0.7188</td><td>1</td></tr>\n</tbody></table>\n</details>\n<figcaption><span class=\"figure-number\">Figure 3.</span> The share of dead units after each epoch, one line per learning rate (mean and range over five seeds).</figcaption>\n</figure>",
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
        "figure:deadOverTraining": "<figure class=\"plot-block\" data-part=\"figure:deadOverTraining\">\n<p class=\"plot-title\">Share of dead ReLU units during training <span class=\"plot-setting\">(units per layer = 32)</span></p>\n<svg class=\"plot many-bands\" viewBox=\"0 0 400 280\" role=\"img\" aria-labelledby=\"dying-deadOverTraining-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"dying-deadOverTraining-title\">Share of dead ReLU units during training</title>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"238\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"44\" y=\"238\" text-anchor=\"end\" dominant-baseline=\"middle\">0.0</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"203.6\" y2=\"203.6\"/>\n<text class=\"tick-label\" x=\"44\" y=\"203.6\" text-anchor=\"end\" dominant-baseline=\"middle\">0.2</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"169.2\" y2=\"169.2\"/>\n<text class=\"tick-label\" x=\"44\" y=\"169.2\" text-anchor=\"end\" dominant-baseline=\"middle\">0.4</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"134.8\" y2=\"134.8\"/>\n<text class=\"tick-label\" x=\"44\" y=\"134.8\" text-anchor=\"end\" dominant-baseline=\"middle\">0.6</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"100.4\" y2=\"100.4\"/>\n<text class=\"tick-label\" x=\"44\" y=\"100.4\" text-anchor=\"end\" dominant-baseline=\"middle\">0.8</text>\n<line class=\"grid\" x1=\"50\" x2=\"388\" y1=\"66\" y2=\"66\"/>\n<text class=\"tick-label\" x=\"44\" y=\"66\" text-anchor=\"end\" dominant-baseline=\"middle\">1.0</text>\n<line class=\"grid\" x1=\"50\" x2=\"50\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"50\" y=\"254\" text-anchor=\"middle\">0</text>\n<line class=\"grid\" x1=\"134.5\" x2=\"134.5\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"134.5\" y=\"254\" text-anchor=\"middle\">2</text>\n<line class=\"grid\" x1=\"219\" x2=\"219\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"219\" y=\"254\" text-anchor=\"middle\">4</text>\n<line class=\"grid\" x1=\"303.5\" x2=\"303.5\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"303.5\" y=\"254\" text-anchor=\"middle\">6</text>\n<line class=\"grid\" x1=\"388\" x2=\"388\" y1=\"66\" y2=\"238\"/>\n<text class=\"tick-label\" x=\"388\" y=\"254\" text-anchor=\"middle\">8</text>\n<rect class=\"frame\" x=\"50\" y=\"66\" width=\"338\" height=\"172\"/>\n<text class=\"axis-label\" x=\"219\" y=\"274\" text-anchor=\"middle\">epoch</text>\n<text class=\"axis-label\" transform=\"translate(14 152) rotate(-90)\" text-anchor=\"middle\">dead units</text>\n<path class=\"band s0\" d=\"M92.3 229.9 L134.5 229.9 L176.8 232.6 L219 232.6 L261.3 232.6 L303.5 229.9 L345.8 229.9 L388 229.9 L388 235.3 L345.8 235.3 L303.5 235.3 L261.3 235.3 L219 235.3 L176.8 235.3 L134.5 235.3 L92.3 235.3 Z\"/>\n<path class=\"band s1\" d=\"M92.3 227.3 L134.5 221.9 L176.8 224.6 L219 224.6 L261.3 224.6 L303.5 224.6 L345.8 224.6 L388 224.6 L388 238 L345.8 238 L303.5 238 L261.3 238 L219 235.3 L176.8 235.3 L134.5 235.3 L92.3 235.3 Z\"/>\n<path class=\"band s2\" d=\"M92.3 221.9 L134.5 221.9 L176.8 219.2 L219 219.2 L261.3 219.2 L303.5 219.2 L345.8 216.5 L388 219.2 L388 227.3 L345.8 227.3 L303.5 227.3 L261.3 227.3 L219 229.9 L176.8 229.9 L134.5 229.9 L92.3 232.6 Z\"/>\n<path class=\"band s3\" d=\"M92.3 130.5 L134.5 92.9 L176.8 90.2 L219 90.2 L261.3 84.8 L303.5 84.8 L345.8 84.8 L388 84.8 L388 114.4 L345.8 95.6 L303.5 119.8 L261.3 117.1 L219 125.1 L176.8 114.4 L134.5 143.9 L92.3 189.6 Z\"/>\n<path class=\"band s4\" d=\"M92.3 82.1 L134.5 74.1 L176.8 74.1 L219 74.1 L261.3 74.1 L303.5 74.1 L345.8 74.1 L388 74.1 L388 98.3 L345.8 98.3 L303.5 98.3 L261.3 98.3 L219 98.3 L176.8 98.3 L134.5 100.9 L92.3 114.4 Z\"/>\n<path class=\"series s0\" d=\"M92.3 234.2 L134.5 234.2 L176.8 234.2 L219 234.2 L261.3 234.2 L303.5 233.7 L345.8 233.7 L388 233.7\"/>\n<path class=\"series s1\" d=\"M92.3 232.1 L134.5 229.9 L176.8 231 L219 232.1 L261.3 232.6 L303.5 231.6 L345.8 232.6 L388 232.1\"/>\n<path class=\"series s2\" d=\"M92.3 227.8 L134.5 227.3 L176.8 226.7 L219 226.2 L261.3 224.6 L303.5 225.1 L345.8 224 L388 225.6\"/>\n<path class=\"series s3\" d=\"M92.3 159.5 L134.5 124.1 L176.8 103.6 L219 105.2 L261.3 97.2 L303.5 97.7 L345.8 91.3 L388 95\"/>\n<path class=\"series s4\" d=\"M92.3 95.6 L134.5 89.7 L176.8 86.4 L219 83.2 L261.3 83.2 L303.5 82.7 L345.8 82.7 L388 82.7\"/>\n<line class=\"series s0\" x1=\"50\" x2=\"72\" y1=\"18\" y2=\"18\"/>\n<text class=\"legend-label\" x=\"76\" y=\"18\" dominant-baseline=\"middle\">learning rate 0.01</text>\n<line class=\"series s1\" x1=\"217\" x2=\"239\" y1=\"18\" y2=\"18\"/>\n<text class=\"legend-label\" x=\"243\" y=\"18\" dominant-baseline=\"middle\">learning rate 0.1</text>\n<line class=\"series s2\" x1=\"50\" x2=\"72\" y1=\"36\" y2=\"36\"/>\n<text class=\"legend-label\" x=\"76\" y=\"36\" dominant-baseline=\"middle\">learning rate 0.5</text>\n<line class=\"series s3\" x1=\"209.5\" x2=\"231.5\" y1=\"36\" y2=\"36\"/>\n<text class=\"legend-label\" x=\"235.5\" y=\"36\" dominant-baseline=\"middle\">learning rate 1</text>\n<line class=\"series s4\" x1=\"50\" x2=\"72\" y1=\"54\" y2=\"54\"/>\n<text class=\"legend-label\" x=\"76\" y=\"54\" dominant-baseline=\"middle\">learning rate 2</text>\n</svg>\n<details class=\"figure-data\"><summary>Data behind “Share of dead ReLU units during training”</summary>\n<table class=\"result-table\" tabindex=\"0\"><caption>Share of dead ReLU units during training</caption>\n<thead><tr><th scope=\"col\">epoch</th><th scope=\"col\">learning rate 0.01 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 0.1 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 0.5 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 1 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th><th scope=\"col\">learning rate 2 (mean)</th><th scope=\"col\">sd</th><th scope=\"col\">min</th><th scope=\"col\">max</th></tr></thead>\n<tbody>\n<tr><td>1</td><td>0.02187</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.03438</td><td>0.01712</td><td>0.01562</td><td>0.0625</td><td>0.05937</td><td>0.02567</td><td>0.03125</td><td>0.09375</td><td>0.4562</td><td>0.1359</td><td>0.2812</td><td>0.625</td><td>0.8281</td><td>0.0716</td><td>0.7188</td><td>0.9062</td></tr>\n<tr><td>2</td><td>0.02187</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.04688</td><td>0.03664</td><td>0.01562</td><td>0.09375</td><td>0.0625</td><td>0.01914</td><td>0.04688</td><td>0.09375</td><td>0.6625</td><td>0.1282</td><td>0.5469</td><td>0.8438</td><td>0.8625</td><td>0.06289</td><td>0.7969</td><td>0.9531</td></tr>\n<tr><td>3</td><td>0.02187</td><td>0.008558</td><td>0.01562</td><td>0.03125</td><td>0.04063</td><td>0.03423</td><td>0.01562</td><td>0.07812</td><td>0.06563</td><td>0.02795</td><td>0.04688</td><td>0.1094</td><td>0.7812</td><td>0.05182</td><td>0.7188</td><td>0.8594</td><td>0.8812</td><td>0.05135</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>4</td><td>0.02187</td><td>0.008558</td><td>0.01562</td><td>0.03125</td><td>0.03438</td><td>0.02795</td><td>0.01562</td><td>0.07812</td><td>0.06875</td><td>0.0237</td><td>0.04688</td><td>0.1094</td><td>0.7719</td><td>0.0888</td><td>0.6562</td><td>0.8594</td><td>0.9</td><td>0.05367</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>5</td><td>0.02187</td><td>0.008558</td><td>0.01562</td><td>0.03125</td><td>0.03125</td><td>0.03125</td><td>0</td><td>0.07812</td><td>0.07812</td><td>0.01914</td><td>0.0625</td><td>0.1094</td><td>0.8187</td><td>0.07295</td><td>0.7031</td><td>0.8906</td><td>0.9</td><td>0.05367</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>6</td><td>0.025</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.0375</td><td>0.03763</td><td>0</td><td>0.07812</td><td>0.075</td><td>0.02037</td><td>0.0625</td><td>0.1094</td><td>0.8156</td><td>0.07921</td><td>0.6875</td><td>0.8906</td><td>0.9031</td><td>0.05568</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>7</td><td>0.025</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.03125</td><td>0.03125</td><td>0</td><td>0.07812</td><td>0.08125</td><td>0.02567</td><td>0.0625</td><td>0.125</td><td>0.8531</td><td>0.0237</td><td>0.8281</td><td>0.8906</td><td>0.9031</td><td>0.05568</td><td>0.8125</td><td>0.9531</td></tr>\n<tr><td>8</td><td>0.025</td><td>0.01398</td><td>0.01562</td><td>0.04688</td><td>0.03438</td><td>0.03387</td><td>0</td><td>0.07812</td><td>0.07187</td><td>0.02096</td><td>0.0625</td><td>0.1094</td><td>0.8313</td><td>0.06757</td><td>0.7188</td><td>0.8906</td><td>0.9031</td><td>0.05568</td><td>0.8125</td><td>0.9531</td></tr>\n</tbody></table>\n</details>\n<figcaption><span class=\"figure-number\">Figure 3.</span> The share of dead units after each epoch, one line per learning rate (mean and range over five seeds).</figcaption>\n</figure>",
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
