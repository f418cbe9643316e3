// The runs behind the controls of experiment "gallery" on how-to-read.html.
courseGridLoaded("gallery", {
  "default": 7,
  "points": [
    {
      "claims": [
        {
          "holds": false,
          "text": "does not hold here"
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
        "table:values": "<div class=\"table-block\" data-part=\"table:values\">\n<table class=\"result-table\" tabindex=\"0\"><caption>Values at z = −3</caption>\n<thead><tr><th scope=\"col\">activation</th><th scope=\"col\">f(z)</th><th scope=\"col\">f′(z)</th><th scope=\"col\">largest f′ on the interval</th></tr></thead>\n<tbody>\n<tr><td>ReLU</td><td>0</td><td>0</td><td>1</td></tr>\n<tr><td>leaky ReLU</td><td>−0.3</td><td>0.1</td><td>1</td></tr>\n<tr><td>sigmoid</td><td>0.04743</td><td>0.04518</td><td>0.25</td></tr>\n<tr><td>tanh</td><td>−0.9951</td><td>0.009866</td><td>1</td></tr>\n<tr><td>softplus</td><td>0.04859</td><td>0.04743</td><td>0.982</td></tr>\n<tr><td>GELU</td><td>−0.00405</td><td>−0.01195</td><td>1.129</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "gallery.derivative.relu": "0",
        "gallery.derivative.sigmoid | fixed:3": "0.045",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "−3",
        "gallery.value.relu": "0",
        "gallery.value.sigmoid | fixed:3": "0.047"
      },
      "setting": "(z = −3)",
      "status": "z = −3; 3 of 4 claims hold here. Changed: 1 figure or table and 5 numbers in the text; the words around the marked numbers describe z = 2.",
      "summary": "3 of 4 claims hold here"
    },
    {
      "claims": [
        {
          "holds": false,
          "text": "does not hold here"
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
        "table:values": "<div class=\"table-block\" data-part=\"table:values\">\n<table class=\"result-table\" tabindex=\"0\"><caption>Values at z = −2</caption>\n<thead><tr><th scope=\"col\">activation</th><th scope=\"col\">f(z)</th><th scope=\"col\">f′(z)</th><th scope=\"col\">largest f′ on the interval</th></tr></thead>\n<tbody>\n<tr><td>ReLU</td><td>0</td><td>0</td><td>1</td></tr>\n<tr><td>leaky ReLU</td><td>−0.2</td><td>0.1</td><td>1</td></tr>\n<tr><td>sigmoid</td><td>0.1192</td><td>0.105</td><td>0.25</td></tr>\n<tr><td>tanh</td><td>−0.964</td><td>0.07065</td><td>1</td></tr>\n<tr><td>softplus</td><td>0.1269</td><td>0.1192</td><td>0.982</td></tr>\n<tr><td>GELU</td><td>−0.0455</td><td>−0.08523</td><td>1.129</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "gallery.derivative.relu": "0",
        "gallery.derivative.sigmoid | fixed:3": "0.105",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "−2",
        "gallery.value.relu": "0",
        "gallery.value.sigmoid | fixed:3": "0.119"
      },
      "setting": "(z = −2)",
      "status": "z = −2; 3 of 4 claims hold here. Changed: 1 figure or table and 4 numbers in the text; the words around the marked numbers describe z = 2.",
      "summary": "3 of 4 claims hold here"
    },
    {
      "claims": [
        {
          "holds": false,
          "text": "does not hold here"
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
        "table:values": "<div class=\"table-block\" data-part=\"table:values\">\n<table class=\"result-table\" tabindex=\"0\"><caption>Values at z = −1</caption>\n<thead><tr><th scope=\"col\">activation</th><th scope=\"col\">f(z)</th><th scope=\"col\">f′(z)</th><th scope=\"col\">largest f′ on the interval</th></tr></thead>\n<tbody>\n<tr><td>ReLU</td><td>0</td><td>0</td><td>1</td></tr>\n<tr><td>leaky ReLU</td><td>−0.1</td><td>0.1</td><td>1</td></tr>\n<tr><td>sigmoid</td><td>0.2689</td><td>0.1966</td><td>0.25</td></tr>\n<tr><td>tanh</td><td>−0.7616</td><td>0.42</td><td>1</td></tr>\n<tr><td>softplus</td><td>0.3133</td><td>0.2689</td><td>0.982</td></tr>\n<tr><td>GELU</td><td>−0.1587</td><td>−0.08332</td><td>1.129</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "gallery.derivative.relu": "0",
        "gallery.derivative.sigmoid | fixed:3": "0.197",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "−1",
        "gallery.value.relu": "0",
        "gallery.value.sigmoid | fixed:3": "0.269"
      },
      "setting": "(z = −1)",
      "status": "z = −1; 3 of 4 claims hold here. Changed: 1 figure or table and 5 numbers in the text; the words around the marked numbers describe z = 2.",
      "summary": "3 of 4 claims hold here"
    },
    {
      "claims": [
        {
          "holds": false,
          "text": "does not hold here"
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
        "table:values": "<div class=\"table-block\" data-part=\"table:values\">\n<table class=\"result-table\" tabindex=\"0\"><caption>Values at z = −0.5</caption>\n<thead><tr><th scope=\"col\">activation</th><th scope=\"col\">f(z)</th><th scope=\"col\">f′(z)</th><th scope=\"col\">largest f′ on the interval</th></tr></thead>\n<tbody>\n<tr><td>ReLU</td><td>0</td><td>0</td><td>1</td></tr>\n<tr><td>leaky ReLU</td><td>−0.05</td><td>0.1</td><td>1</td></tr>\n<tr><td>sigmoid</td><td>0.3775</td><td>0.235</td><td>0.25</td></tr>\n<tr><td>tanh</td><td>−0.4621</td><td>0.7864</td><td>1</td></tr>\n<tr><td>softplus</td><td>0.4741</td><td>0.3775</td><td>0.982</td></tr>\n<tr><td>GELU</td><td>−0.1543</td><td>0.1325</td><td>1.129</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "gallery.derivative.relu": "0",
        "gallery.derivative.sigmoid | fixed:3": "0.235",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "−0.5",
        "gallery.value.relu": "0",
        "gallery.value.sigmoid | fixed:3": "0.378"
      },
      "setting": "(z = −0.5)",
      "status": "z = −0.5; 3 of 4 claims hold here. Changed: 1 figure or table and 5 numbers in the text; the words around the marked numbers describe z = 2.",
      "summary": "3 of 4 claims hold here"
    },
    {
      "claims": [
        {
          "holds": false,
          "text": "does not hold here"
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
        "table:values": "<div class=\"table-block\" data-part=\"table:values\">\n<table class=\"result-table\" tabindex=\"0\"><caption>Values at z = 0</caption>\n<thead><tr><th scope=\"col\">activation</th><th scope=\"col\">f(z)</th><th scope=\"col\">f′(z)</th><th scope=\"col\">largest f′ on the interval</th></tr></thead>\n<tbody>\n<tr><td>ReLU</td><td>0</td><td>0</td><td>1</td></tr>\n<tr><td>leaky ReLU</td><td>0</td><td>0.1</td><td>1</td></tr>\n<tr><td>sigmoid</td><td>0.5</td><td>0.25</td><td>0.25</td></tr>\n<tr><td>tanh</td><td>0</td><td>1</td><td>1</td></tr>\n<tr><td>softplus</td><td>0.6931</td><td>0.5</td><td>0.982</td></tr>\n<tr><td>GELU</td><td>0</td><td>0.5</td><td>1.129</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "gallery.derivative.relu": "0",
        "gallery.derivative.sigmoid | fixed:3": "0.250",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "0",
        "gallery.value.relu": "0",
        "gallery.value.sigmoid | fixed:3": "0.500"
      },
      "setting": "(z = 0)",
      "status": "z = 0; 3 of 4 claims hold here. Changed: 1 figure or table and 5 numbers in the text; the words around the marked numbers describe z = 2.",
      "summary": "3 of 4 claims hold here"
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
        }
      ],
      "parts": {
        "table:values": "<div class=\"table-block\" data-part=\"table:values\">\n<table class=\"result-table\" tabindex=\"0\"><caption>Values at z = 0.5</caption>\n<thead><tr><th scope=\"col\">activation</th><th scope=\"col\">f(z)</th><th scope=\"col\">f′(z)</th><th scope=\"col\">largest f′ on the interval</th></tr></thead>\n<tbody>\n<tr><td>ReLU</td><td>0.5</td><td>1</td><td>1</td></tr>\n<tr><td>leaky ReLU</td><td>0.5</td><td>1</td><td>1</td></tr>\n<tr><td>sigmoid</td><td>0.6225</td><td>0.235</td><td>0.25</td></tr>\n<tr><td>tanh</td><td>0.4621</td><td>0.7864</td><td>1</td></tr>\n<tr><td>softplus</td><td>0.9741</td><td>0.6225</td><td>0.982</td></tr>\n<tr><td>GELU</td><td>0.3457</td><td>0.8675</td><td>1.129</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "gallery.derivative.relu": "1",
        "gallery.derivative.sigmoid | fixed:3": "0.235",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "0.5",
        "gallery.value.relu": "0.5",
        "gallery.value.sigmoid | fixed:3": "0.622"
      },
      "setting": "(z = 0.5)",
      "status": "z = 0.5; 4 of 4 claims hold here. Changed: 1 figure or table and 4 numbers in the text; the words around the marked numbers describe z = 2.",
      "summary": "4 of 4 claims hold here"
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
        }
      ],
      "parts": {
        "table:values": "<div class=\"table-block\" data-part=\"table:values\">\n<table class=\"result-table\" tabindex=\"0\"><caption>Values at z = 1</caption>\n<thead><tr><th scope=\"col\">activation</th><th scope=\"col\">f(z)</th><th scope=\"col\">f′(z)</th><th scope=\"col\">largest f′ on the interval</th></tr></thead>\n<tbody>\n<tr><td>ReLU</td><td>1</td><td>1</td><td>1</td></tr>\n<tr><td>leaky ReLU</td><td>1</td><td>1</td><td>1</td></tr>\n<tr><td>sigmoid</td><td>0.7311</td><td>0.1966</td><td>0.25</td></tr>\n<tr><td>tanh</td><td>0.7616</td><td>0.42</td><td>1</td></tr>\n<tr><td>softplus</td><td>1.313</td><td>0.7311</td><td>0.982</td></tr>\n<tr><td>GELU</td><td>0.8413</td><td>1.083</td><td>1.129</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "gallery.derivative.relu": "1",
        "gallery.derivative.sigmoid | fixed:3": "0.197",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "1",
        "gallery.value.relu": "1",
        "gallery.value.sigmoid | fixed:3": "0.731"
      },
      "setting": "(z = 1)",
      "status": "z = 1; 4 of 4 claims hold here. Changed: 1 figure or table and 4 numbers in the text; the words around the marked numbers describe z = 2.",
      "summary": "4 of 4 claims hold here"
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
        }
      ],
      "parts": {},
      "refs": {
        "gallery.derivative.relu": "1",
        "gallery.derivative.sigmoid | fixed:3": "0.105",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "2",
        "gallery.value.relu": "2",
        "gallery.value.sigmoid | fixed:3": "0.881"
      },
      "setting": "(z = 2)",
      "status": "z = 2: the run the text describes; 4 of 4 claims hold here.",
      "summary": "4 of 4 claims hold here"
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
        }
      ],
      "parts": {
        "table:values": "<div class=\"table-block\" data-part=\"table:values\">\n<table class=\"result-table\" tabindex=\"0\"><caption>Values at z = 3</caption>\n<thead><tr><th scope=\"col\">activation</th><th scope=\"col\">f(z)</th><th scope=\"col\">f′(z)</th><th scope=\"col\">largest f′ on the interval</th></tr></thead>\n<tbody>\n<tr><td>ReLU</td><td>3</td><td>1</td><td>1</td></tr>\n<tr><td>leaky ReLU</td><td>3</td><td>1</td><td>1</td></tr>\n<tr><td>sigmoid</td><td>0.9526</td><td>0.04518</td><td>0.25</td></tr>\n<tr><td>tanh</td><td>0.9951</td><td>0.009866</td><td>1</td></tr>\n<tr><td>softplus</td><td>3.049</td><td>0.9526</td><td>0.982</td></tr>\n<tr><td>GELU</td><td>2.996</td><td>1.012</td><td>1.129</td></tr>\n</tbody></table>\n</div>"
      },
      "refs": {
        "gallery.derivative.relu": "1",
        "gallery.derivative.sigmoid | fixed:3": "0.045",
        "gallery.maxDerivative.sigmoid": "0.25",
        "gallery.maxDerivative.tanh": "1",
        "gallery.parameters.at": "3",
        "gallery.value.relu": "3",
        "gallery.value.sigmoid | fixed:3": "0.953"
      },
      "setting": "(z = 3)",
      "status": "z = 3; 4 of 4 claims hold here. Changed: 1 figure or table and 4 numbers in the text; the words around the marked numbers describe z = 2.",
      "summary": "4 of 4 claims hold here"
    }
  ]
});
